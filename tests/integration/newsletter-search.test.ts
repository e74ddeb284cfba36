import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { createArticle } from '../support/newsletter';
import { searchVersions } from '@/lib/newsletter/search';

/**
 * Search finds words inside text written without spaces (Thai, Khmer, Burmese, Lao), Korean words
 * with particles attached, Chinese words and Latin words, on both databases, from one plain term
 * table; a query that is not in the text finds nothing.
 */
describeEachDatabase('newsletter search', (ctx) => {
  const slugs: Record<string, string> = {};
  const found = async (query: string) => {
    const hits = await searchVersions(ctx().db, query);
    const articles = await ctx().db.newsletterArticle.findMany({ where: { id: { in: hits.map((h) => h.articleId) } }, select: { slug: true } });
    return articles.map((a) => a.slug).sort();
  };

  beforeAll(async () => {
    const { db } = ctx();
    const make = async (key: string, versions: Parameters<typeof createArticle>[1]) => {
      slugs[key] = (await createArticle(db, versions)).article.slug;
    };
    await make('thai', { th: { title: 'ข่าว', body: 'ศูนย์บริการแรงงานต่างด้าวในจังหวัดเปิดให้คำปรึกษาฟรีทุกวันอาทิตย์' } });
    await make('khmer', { km: { title: 'ព័ត៌មាន', body: 'មជ្ឈមណ្ឌលសេវាកម្មសម្រាប់ជនបរទេសបើកថ្ងៃអាទិត្យ' } });
    await make('burmese', { my: { title: 'သတင်း', body: 'နိုင်ငံခြားသားလုပ်သားများအတွက်ဝန်ဆောင်မှုစင်တာ' } });
    await make('lao', { lo: { title: 'ຂ່າວ', body: 'ສູນບໍລິການແຮງງານຕ່າງປະເທດເປີດທຸກວັນ' } });
    await make('korean', { ko: { title: '한국어 교실', body: '안산시 외국인주민지원본부에서 무료 한국어 교실을 엽니다.' } });
    await make('chinese', { zh: { title: '韩语课', body: '安山市外国人居民支援中心举办免费韩语课程。' } });
    await make('latin', { en: { title: 'Korean classes', body: 'Free **Korean** classes on Sundays at the Support Center.' } });
    await make('draft', { en: { title: 'Typhoon drill', body: 'A typhoon drill for every dormitory.', status: 'DRAFT' } });
  });

  it('finds a Thai word inside a longer run of Thai text', async () => {
    expect(await found('แรงงาน')).toEqual([slugs.thai]);
  });

  it('finds a Khmer word inside a longer run of Khmer text', async () => {
    expect(await found('សេវាកម្ម')).toEqual([slugs.khmer]);
  });

  it('finds a Burmese word that the segmenter keeps joined to its suffix in the text', async () => {
    // The text's segment is "လုပ်သားများ" (workers, plural); the query is the bare word.
    expect(await found('လုပ်သား')).toEqual([slugs.burmese]);
  });

  it('finds a Lao word inside a longer run of Lao text', async () => {
    expect(await found('ແຮງງານ')).toEqual([slugs.lao]);
  });

  it('finds a two-letter Korean word inside a longer word, with its particle', async () => {
    expect(await found('안산')).toEqual([slugs.korean]);
    expect(await found('교실')).toEqual([slugs.korean]);
  });

  it('finds Chinese words, and several words only together', async () => {
    expect(await found('韩语')).toEqual([slugs.chinese]);
    expect(await found('居民 韩语')).toEqual([slugs.chinese]);
  });

  it('finds Latin words whatever their case and markup', async () => {
    expect(await found('KOREAN sundays')).toEqual([slugs.latin]);
  });

  it('finds nothing for words that are not in any published article', async () => {
    expect(await found('ภาษีรถยนต์')).toEqual([]);
    expect(await found('부산')).toEqual([]);
    expect(await found('韩国')).toEqual([]);
    expect(await found('한국어 부산')).toEqual([]);
    expect(await found('typhoon')).toEqual([]);
    expect(await found('  ')).toEqual([]);
  });
});
