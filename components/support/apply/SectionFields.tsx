import { getTranslations } from 'next-intl/server';
import type { ProgrammeCode } from '@/lib/support/programmes';
import { crisisReasons, visaChoices } from '@/lib/support/programmes';
import { MAX_MEMBERS, relations, type Section } from '@/lib/support/application/types';
import type { ResidentScreen } from '@/lib/support/application/screen';
import { consentVersions } from '@/lib/support/application/consents';
import { TextArea, TextField } from '@/components/ui/Field';
import { Select } from '@/components/ui/Select';
import { Choices } from '@/components/ui/Choices';

type Props = { section: Section; screen: ResidentScreen; programme: ProgrammeCode; errors: Record<string, string>; requiredMark: string; optionalMark: string };

/** The fields of one section, filled with what was saved or, after a refused post, what was typed. */
export async function SectionFields({ section, screen, programme, errors, requiredMark, optionalMark }: Props) {
  const t = await getTranslations('Support');
  const typed = screen.pending?.values;
  const value = (name: string, saved: string | number | undefined) => typed?.[name] ?? (saved === undefined ? '' : String(saved));
  const req = { requiredMark };
  const opt = { requiredMark: optionalMark };
  switch (section) {
    case 'applicant': {
      const a = screen.applicant;
      return (
        <>
          <TextField
            name="fullName"
            label={t('apply.applicant.fullName')}
            hint={t('apply.applicant.fullNameHint')}
            error={errors.fullName}
            defaultValue={value('fullName', a?.fullName)}
            autoComplete="name"
            {...req}
          />
          <TextField name="phone" type="tel" label={t('apply.applicant.phone')} error={errors.phone} defaultValue={value('phone', a?.phone)} autoComplete="tel" dir="ltr" {...req} />
          <TextField name="address" label={t('apply.applicant.address')} error={errors.address} defaultValue={value('address', a?.address)} autoComplete="street-address" {...req} />
          <TextField name="nationality" label={t('apply.applicant.nationality')} error={errors.nationality} defaultValue={value('nationality', a?.nationality)} autoComplete="country-name" {...opt} />
          <Select
            name="visa"
            label={t('check.visa.legend')}
            hint={t('check.visa.hint')}
            error={errors.visa}
            placeholder={t('apply.household.relationChoose')}
            defaultValue={value('visa', a?.visa)}
            options={visaChoices.map((code) => ({ value: code, label: code === 'other' ? t('check.visa.other') : code }))}
          />
          <TextField
            name="residenceMonths"
            label={t('apply.applicant.residenceMonths')}
            hint={t('check.residence.monthsHint')}
            error={errors.residenceMonths}
            defaultValue={value('residenceMonths', a?.residenceMonths)}
            inputMode="numeric"
            autoComplete="off"
            className="mt-1 block w-32 border-2 border-ink bg-paper p-2 text-base"
            {...req}
          />
          <TextField
            name="arn"
            label={t('apply.applicant.arn')}
            hint={a?.arnMasked ? t('apply.applicant.arnSaved', { masked: a.arnMasked }) : t('apply.applicant.arnHint')}
            error={errors.arn}
            defaultValue=""
            autoComplete="off"
            inputMode="numeric"
            spellCheck={false}
            dir="ltr"
            {...(a?.arnMasked ? opt : req)}
          />
        </>
      );
    }
    case 'household': {
      const members = screen.household?.members ?? [];
      return (
        <>
          <p className="mb-4">{t('apply.household.lead')}</p>
          {Array.from({ length: MAX_MEMBERS }, (_, index) => {
            const n = index + 1;
            const m = members[index];
            return (
              <fieldset key={n} className="mb-6 border-s-4 border-line ps-4">
                <legend className="font-bold">{t('apply.household.member', { number: n })}</legend>
                <TextField name={`memberName${n}`} label={t('apply.household.name')} error={errors[`memberName${n}`]} defaultValue={value(`memberName${n}`, m?.name)} autoComplete="off" />
                <Select
                  name={`memberRelation${n}`}
                  label={t('apply.household.relation')}
                  error={errors[`memberRelation${n}`]}
                  placeholder={t('apply.household.relationChoose')}
                  defaultValue={value(`memberRelation${n}`, m?.relation)}
                  options={relations.map((r) => ({ value: r, label: t(`apply.household.relations.${r}`) }))}
                />
                <TextField
                  name={`memberBirthYear${n}`}
                  label={t('apply.household.birthYear')}
                  error={errors[`memberBirthYear${n}`]}
                  defaultValue={value(`memberBirthYear${n}`, m?.birthYear)}
                  inputMode="numeric"
                  autoComplete="off"
                  className="mt-1 block w-32 border-2 border-ink bg-paper p-2 text-base"
                />
              </fieldset>
            );
          })}
        </>
      );
    }
    case 'crisis': {
      const c = screen.crisis;
      return (
        <>
          <Choices
            type="radio"
            name="reason"
            legend={t('apply.crisis.reason')}
            error={errors.reason}
            selected={value('reason', c?.reason)}
            choices={[...crisisReasons.map((r) => ({ value: r, label: t(`crisis.${r}`) })), { value: 'other', label: t('apply.crisis.other') }]}
            requiredMark={requiredMark}
          />
          <TextField
            name="date"
            type="date"
            label={t('apply.crisis.date')}
            hint={t('apply.crisis.dateHint')}
            error={errors.date}
            defaultValue={value('date', c?.date)}
            className="mt-1 block w-56 border-2 border-ink bg-paper p-2 text-base"
            {...req}
          />
          <TextArea
            name="description"
            label={t('apply.crisis.description')}
            hint={t('apply.crisis.descriptionHint')}
            error={errors.description}
            defaultValue={value('description', c?.description)}
            rows={6}
            {...req}
          />
          <TextArea
            name="health"
            label={t('apply.crisis.health')}
            hint={programme === 'MEDICAL' ? t('apply.crisis.healthHint') : t('apply.crisis.healthHintOptional')}
            error={errors.health}
            defaultValue={value('health', c?.health)}
            rows={4}
            {...(programme === 'MEDICAL' ? req : opt)}
          />
        </>
      );
    }
    case 'costs': {
      const c = screen.costs;
      const money = { inputMode: 'numeric' as const, autoComplete: 'off', className: 'mt-1 block w-56 border-2 border-ink bg-paper p-2 text-base' };
      return (
        <>
          <TextField
            name="monthlyIncome"
            label={t('apply.costs.monthlyIncome')}
            hint={t('apply.costs.monthlyIncomeHint')}
            error={errors.monthlyIncome}
            defaultValue={value('monthlyIncome', c?.monthlyIncome)}
            {...money}
            {...req}
          />
          <TextField name="assets" label={t('apply.costs.assets')} hint={t('apply.costs.assetsHint')} error={errors.assets} defaultValue={value('assets', c?.assets)} {...money} {...req} />
          <TextField
            name="costsAmount"
            label={t('apply.costs.costsAmount')}
            hint={t('apply.costs.costsAmountHint')}
            error={errors.costsAmount}
            defaultValue={value('costsAmount', c?.costsAmount)}
            {...money}
            {...(programme === 'LIVING' ? opt : req)}
          />
          <TextArea name="costsNote" label={t('apply.costs.costsNote')} error={errors.costsNote} defaultValue={value('costsNote', c?.costsNote)} rows={3} {...opt} />
        </>
      );
    }
    case 'bank': {
      const b = screen.bank;
      return (
        <>
          <p className="mb-4">{t('apply.bank.lead')}</p>
          <TextField name="bankName" label={t('apply.bank.bankName')} error={errors.bankName} defaultValue={value('bankName', b?.bankName)} autoComplete="off" {...req} />
          <TextField name="holder" label={t('apply.bank.holder')} error={errors.holder} defaultValue={value('holder', b?.holder)} autoComplete="name" {...req} />
          <TextField
            name="account"
            label={t('apply.bank.account')}
            hint={b?.accountMasked ? t('apply.bank.accountSaved', { masked: b.accountMasked }) : t('apply.bank.accountHint')}
            error={errors.account}
            defaultValue=""
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            {...(b?.accountMasked ? opt : req)}
          />
        </>
      );
    }
    case 'consents':
      return (
        <>
          <p className="mb-6">{t('apply.consents.lead')}</p>
          {screen.consentsNeeded.map((purpose) => (
            <section key={purpose} aria-labelledby={`consent-${purpose}`} className="mb-6 border-s-4 border-brand bg-wash p-4">
              <h2 id={`consent-${purpose}`} className="text-xl font-bold">
                {t(`apply.consents.${purpose}.title`)}
              </h2>
              <p className="my-2">{t(`apply.consents.${purpose}.text`)}</p>
              <p className="mb-2 text-sm text-muted">{t('apply.consents.version', { version: consentVersions[purpose] })}</p>
              <Choices
                type="checkbox"
                name={`consent_${purpose}`}
                legend={<span className="sr-only">{t(`apply.consents.${purpose}.title`)}</span>}
                error={errors[`consent_${purpose}`]}
                selected={typed ? typed[`consent_${purpose}`] : screen.consents[purpose] ? 'yes' : undefined}
                choices={[{ value: 'yes', label: t('apply.consents.agree') }]}
              />
            </section>
          ))}
        </>
      );
  }
}
