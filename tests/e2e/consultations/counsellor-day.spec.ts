import crypto from 'node:crypto';
import { test, expect } from '../fixtures';
import { staffWithPassword } from '../support/accounts';
import { withE2eDb } from '../support/db';
import { signedInStaff } from '../support/staff';
import { expectNoAxeViolations } from '../support/axe';

/** How Prisma's SQLite adapter writes a DateTime: raw inserts must match it to compare as text. */
const sqliteTime = (date: Date) => date.toISOString().replace('Z', '+00:00');
const seoulDay = (date: Date) => new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);

/** A resident's booking with this counsellor, as the booking flow leaves it: slot, case, booking, "booked" event. */
function bookingFor(counsellorId: string, startsAt: Date, resident: string, locale = 'vi') {
  return withE2eDb((db) => {
    const id = crypto.randomBytes(6).toString('hex');
    const now = sqliteTime(new Date());
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const centre = db.prepare("SELECT id FROM Center WHERE slug = 'consultation-center'").get() as { id: string };
    const topic = db.prepare("SELECT id, serviceId FROM ConsultationTopic WHERE slug = 'wages-labour'").get() as { id: string; serviceId: string };
    db.prepare(
      'INSERT INTO ConsultationSlot (id, counsellorId, centerId, startsAt, endsAt, capacity, booked, channels, topics, languages, closed, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?, ?, 0, ?, ?)',
    ).run(`sl_${id}`, counsellorId, centre.id, sqliteTime(startsAt), sqliteTime(endsAt), '["VISIT"]', '[]', '["ko","vi"]', now, now);
    db.prepare('INSERT INTO Resident (id, name, email, preferredLocale, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)').run(`r_${id}`, resident, `resident-${id}@e2e.test`, 'vi', now, now);
    const reference = `CO-E2E${id.slice(0, 2).toUpperCase()}-${id.slice(2, 6).toUpperCase()}`;
    db.prepare("INSERT INTO \"Case\" (id, reference, kind, status, locale, residentId, serviceId, assigneeId, createdAt, updatedAt) VALUES (?, ?, 'CONSULTATION', 'SCHEDULED', ?, ?, ?, ?, ?, ?)").run(
      `c_${id}`,
      reference,
      locale,
      `r_${id}`,
      topic.serviceId,
      counsellorId,
      now,
      now,
    );
    db.prepare(
      "INSERT INTO ConsultationBooking (id, caseId, topicId, slotId, counsellorId, centerId, startsAt, endsAt, status, channel, language, interpreterNeeded, locale, name, email, problem, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', 'VISIT', 'vi', 1, ?, ?, ?, ?, ?, ?)",
    ).run(
      `b_${id}`,
      `c_${id}`,
      topic.id,
      `sl_${id}`,
      counsellorId,
      centre.id,
      sqliteTime(startsAt),
      sqliteTime(endsAt),
      locale,
      resident,
      `resident-${id}@e2e.test`,
      'My employer has not paid two months of wages.',
      now,
      now,
    );
    db.prepare("INSERT INTO CaseEvent (id, caseId, type, toStatus, createdAt) VALUES (?, ?, 'booked', 'SCHEDULED', ?)").run(`e_${id}`, `c_${id}`, now);
    return { bookingId: `b_${id}`, caseId: `c_${id}`, reference };
  });
}

test.describe('the counsellor’s day', () => {
  // Each test signs one or two staff members in from scratch (password, then enrolling TOTP,
  // argon2 on the server) and runs axe on one or two pages: 25 to 45 s with another worker
  // beside it on 2 cores, more when the machine is shared.
  test.describe.configure({ timeout: 90_000 });
  test('a counsellor sees their appointment, checks the resident in, records an outcome with follow-up and reads the timeline', async ({ browser }) => {
    const counsellor = await signedInStaff(browser, ['counsellor']);
    const { page } = counsellor;
    // Half an hour from now, but still today in Seoul: check-in opens on the appointment's day only.
    const nextSeoulMidnight = Date.parse(`${seoulDay(new Date(Date.now() + 86_400_000))}T00:00:00+09:00`);
    const startsAt = new Date(Math.min(Math.ceil((Date.now() + 30 * 60_000) / 60_000) * 60_000, nextSeoulMidnight - 60_000));
    const resident = 'Trần Thị Hoa';
    const booked = bookingFor(counsellor.id, startsAt, resident);

    // The menu leads there; the day with the appointment is one click on the date form away.
    await page.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Consultations', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Consultations' })).toBeVisible();
    await page.getByLabel('Day', { exact: true }).fill(seoulDay(startsAt));
    await page.getByLabel('Counsellor', { exact: true }).selectOption({ label: counsellor.name });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(new RegExp(`day=${seoulDay(startsAt)}`));

    const appointments = page.getByRole('table', { name: `${counsellor.name}: appointments` });
    const row = appointments.getByRole('row').filter({ hasText: resident });
    await expect(row).toContainText(booked.reference);
    await expect(row).toContainText('Wages and work');
    await expect(row).toContainText('Vietnamese');
    await expect(row).toContainText('interpreter needed');
    await expect(row).toContainText('Booked');
    await expectNoAxeViolations(page, 'day list');

    await row.getByRole('button', { name: /^Check in/ }).click();
    await expect(page.getByRole('region', { name: 'Checked in.' })).toBeVisible();
    await expect(appointments.getByRole('row').filter({ hasText: resident })).toContainText('Checked in');
    await expect(
      appointments
        .getByRole('row')
        .filter({ hasText: resident })
        .getByRole('button', { name: /^Check in/ }),
    ).toHaveCount(0);

    await appointments
      .getByRole('row')
      .filter({ hasText: resident })
      .getByRole('link', { name: /^Outcome/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/cases/${booked.caseId}`));
    await expect(page.getByRole('heading', { level: 1, name: `Case ${booked.reference}` })).toBeVisible();
    await expect(page.getByText('My employer has not paid two months of wages.')).toBeVisible();
    await expectNoAxeViolations(page, 'case page');

    // The form keeps what was typed and says what is wrong, in the staff member's language.
    await page.getByRole('button', { name: 'Save the outcome' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Fill in this field.');
    const followUpOn = seoulDay(new Date(startsAt.getTime() + 14 * 86_400_000));
    await page.getByLabel('Outcome note').fill('Explained how to file a wage claim with the labour office.');
    await page.getByLabel('A follow-up is needed').check();
    await page.getByLabel('Follow-up date (optional)').fill(followUpOn);
    await page.getByRole('button', { name: 'Save the outcome' }).click();

    await expect(page.getByRole('region', { name: 'Outcome saved.' })).toBeVisible();
    await expect(page.locator('main p').filter({ hasText: /^In review$/ })).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect(timeline.locator('p.font-bold')).toHaveText(['Booked', 'Checked in', 'Outcome recorded', 'Follow-up planned']);
    await expect(timeline.nth(0)).toContainText('by the resident, online');
    await expect(timeline.nth(1)).toContainText(`by ${counsellor.name}`);
    await expect(timeline.nth(2)).toContainText('Scheduled → In review');
    await expect(page.getByRole('heading', { name: 'Record the outcome' })).toHaveCount(0);
    await counsellor.context.close();
  });

  test('a supervisor plans closed days on the schedules page; a counsellor cannot open it', async ({ browser }) => {
    const supervisor = await signedInStaff(browser, ['supervisor']);
    const { page } = supervisor;
    await page.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Consultation hours' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Consultation hours' })).toBeVisible();
    await expectNoAxeViolations(page, 'schedules page');

    const start = seoulDay(new Date(Date.now() + 300 * 86_400_000));
    const reason = `Staff training ${crypto.randomBytes(3).toString('hex')}`;
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Save closed days' }) });
    await form.getByLabel('First day').fill(start);
    await form.getByLabel('Last day').fill(seoulDay(new Date(Date.now() + 299 * 86_400_000)));
    await form.getByLabel('Reason').fill(reason);
    await form.getByRole('button', { name: 'Save closed days' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The last day must be the first day or later.');
    await expect(form.getByLabel('Reason')).toHaveValue(reason);

    await form.getByLabel('Last day').fill(start);
    await form.getByRole('button', { name: 'Save closed days' }).click();
    await expect(page.getByRole('region', { name: 'Closure saved. Its times can no longer be booked.' })).toBeVisible();
    const closures = page.getByRole('table', { name: /closures? from today/ });
    await expect(closures.getByRole('row').filter({ hasText: reason })).toContainText('Everyone');
    await closures
      .getByRole('row')
      .filter({ hasText: reason })
      .getByRole('button', { name: /^Remove/ })
      .click();
    await expect(page.getByRole('region', { name: /Closure removed/ })).toBeVisible();
    await expect(page.getByText(reason)).toHaveCount(0);
    await supervisor.context.close();

    const counsellor = await signedInStaff(browser, ['counsellor']);
    await expect(counsellor.page.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Consultation hours' })).toHaveCount(0);
    const response = await counsellor.page.goto('/admin/consultations/schedules');
    expect(response?.status()).toBe(403);
    await counsellor.context.close();
  });

  test('a supervisor changes how often a booking of one topic can be moved', async ({ browser }) => {
    const supervisor = await signedInStaff(browser, ['supervisor']);
    const { page } = supervisor;
    await page.getByRole('navigation', { name: 'Staff menu' }).getByRole('link', { name: 'Booking rules' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Booking rules by topic' })).toBeVisible();
    await expectNoAxeViolations(page, 'topics page');

    const form = page.getByRole('form', { name: 'Booking rules: Wages and work' });
    const moves = form.getByLabel('Times a booking can be moved');
    const before = await moves.inputValue();
    const after = before === '3' ? '4' : '3';
    await moves.fill('11');
    await form.getByRole('button', { name: 'Save the rules for Wages and work' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a whole number from 0 to 10.');
    await expect(moves).toHaveValue('11');

    await moves.fill(after);
    await form.getByRole('button', { name: 'Save the rules for Wages and work' }).click();
    await expect(page.getByRole('region', { name: 'Booking rules for Wages and work saved.' })).toBeVisible();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);
    await expect(moves).toHaveValue(after);
    await expect(form).toContainText(`Residents can move a booking online ${after} times.`);
    // Put it back: the residents' booking journeys share this database.
    await moves.fill(before);
    await form.getByRole('button', { name: 'Save the rules for Wages and work' }).click();
    await expect(form).toContainText(`Residents can move a booking online ${before} time`);
    await supervisor.context.close();
  });

  test('a counsellor cancels an appointment with a reason and registers a walk-in', async ({ browser }) => {
    const counsellor = await signedInStaff(browser, ['counsellor']);
    const { page } = counsellor;
    const startsAt = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 60_000) * 60_000);
    // The cancellation message goes out in English: the other languages' emails are translated later.
    const booked = bookingFor(counsellor.id, startsAt, 'Bùi Văn An', 'en');
    const list = `/admin/consultations?day=${seoulDay(startsAt)}&counsellorId=${counsellor.id}`;
    await page.goto(list);
    const row = () =>
      page
        .getByRole('table', { name: `${counsellor.name}: appointments` })
        .getByRole('row')
        .filter({ hasText: 'Bùi Văn An' });
    await row()
      .getByRole('link', { name: /^Cancel/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cancel an appointment' })).toBeVisible();
    await expect(page.getByText(booked.reference)).toBeVisible();
    await page.getByRole('button', { name: 'Cancel the appointment' }).click();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Fill in this field.');
    await page.getByLabel('Reason for cancelling').fill('Counsellor ill');
    await page.getByRole('button', { name: 'Cancel the appointment' }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/consultations\\?day=${seoulDay(startsAt)}`));
    await expect(page.getByRole('region', { name: /Appointment cancelled/ })).toBeVisible();
    await expect(row()).toContainText('Cancelled');
    await expect(row().getByRole('button')).toHaveCount(0);

    await page.getByRole('link', { name: 'Register a walk-in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register a walk-in' })).toBeVisible();
    await expectNoAxeViolations(page, 'walk-in page');
    await expect(page.getByLabel('Counsellor')).toHaveValue(counsellor.id);
    await page.getByLabel('Topic').selectOption({ label: 'Housing' });
    await page.getByLabel('Language of the consultation').selectOption({ label: 'Nepali' });
    await page.getByLabel('Name').fill('Sita Rai');
    await page.getByLabel('What the resident needs help with').fill('The landlord will not return my deposit.');
    await page.getByLabel('An interpreter is needed').check();
    await page.getByRole('button', { name: 'Register and open the case' }).click();
    await expect(page.getByRole('region', { name: 'Walk-in registered and checked in.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^Case CO-/ })).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect(timeline.locator('p.font-bold')).toHaveText(['Walk-in registered', 'Checked in']);
    await expect(page.getByRole('heading', { name: 'Record the outcome' })).toBeVisible();
    await counsellor.context.close();
  });

  test('a counsellor cannot open or check in a colleague’s case, and each attempt is audited', async ({ browser }) => {
    const counsellor = await signedInStaff(browser, ['counsellor']);
    const { page } = counsellor;
    const colleague = await staffWithPassword(`colleague.${crypto.randomBytes(4).toString('hex')}@e2e.test`, 'another long pass phrase', ['counsellor']);
    // Both began a minute ago, so the day list offers "Missed" for the counsellor's own.
    const startsAt = new Date(Math.floor((Date.now() - 60_000) / 60_000) * 60_000);
    const own = bookingFor(counsellor.id, startsAt, 'Lê Văn Minh');
    const theirs = bookingFor(colleague, startsAt, 'Phạm Thu Trang');
    const denials = (entityId: string) =>
      withE2eDb(
        (db) => (db.prepare("SELECT COUNT(*) AS n FROM AuditLog WHERE action = 'access_denied' AND entity = 'Case' AND entityId = ? AND actorId = ?").get(entityId, counsellor.id) as { n: number }).n,
      );

    const response = await page.goto(`/admin/cases/${theirs.caseId}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByText('Phạm Thu Trang')).toHaveCount(0);
    expect(denials(theirs.caseId)).toBe(1);

    // Their own case opens; the day list shows their own appointment only.
    await page.goto(`/admin/cases/${own.caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: `Case ${own.reference}` })).toBeVisible();
    await page.goto(`/admin/consultations?day=${seoulDay(startsAt)}`);
    await expect(page.getByRole('main')).toContainText('Lê Văn Minh');
    await expect(page.getByRole('main')).not.toContainText('Phạm Thu Trang');

    // A forged form: their own "missed" button, pointed at the colleague's booking.
    const row = page.getByRole('row').filter({ hasText: 'Lê Văn Minh' });
    await row.locator('input[name="bookingId"]').evaluateAll((inputs, id) => inputs.forEach((input) => ((input as HTMLInputElement).value = id)), theirs.bookingId);
    await row.getByRole('button', { name: /^Missed/ }).click();
    await expect(page.getByRole('alert', { name: 'This no longer exists. Refresh the page.' })).toBeVisible();
    expect(withE2eDb((db) => db.prepare('SELECT status FROM ConsultationBooking WHERE id = ?').get(theirs.bookingId))).toEqual({ status: 'BOOKED' });
    expect(denials(theirs.caseId)).toBe(2);
    await counsellor.context.close();
  });

  test('check-in is refused the day before the appointment, on the day list and when the form is forged', async ({ browser }) => {
    const counsellor = await signedInStaff(browser, ['counsellor']);
    const { page } = counsellor;
    // Today's began a minute ago (never before today's Seoul midnight); tomorrow's at the same time a day later.
    const now = Date.now();
    const todayStarts = Math.max(Math.floor((now - 60_000) / 60_000) * 60_000, Date.parse(`${seoulDay(new Date(now))}T00:00:00+09:00`));
    const today = bookingFor(counsellor.id, new Date(todayStarts), 'Đỗ Minh Châu');
    const tomorrowStarts = new Date(todayStarts + 86_400_000);
    const tomorrow = bookingFor(counsellor.id, tomorrowStarts, 'Vũ Thị Lan');

    // Tomorrow's list shows the appointment without a check-in button.
    await page.goto(`/admin/consultations?day=${seoulDay(tomorrowStarts)}`);
    const tomorrowRow = page.getByRole('row').filter({ hasText: 'Vũ Thị Lan' });
    await expect(tomorrowRow).toContainText(tomorrow.reference);
    await expect(tomorrowRow.getByRole('button', { name: /^Check in/ })).toHaveCount(0);

    // Today's check-in form pointed at tomorrow's booking: refused with the reason, nothing changed.
    await page.goto(`/admin/consultations?day=${seoulDay(new Date(todayStarts))}`);
    const todayRow = page.getByRole('row').filter({ hasText: 'Đỗ Minh Châu' });
    // Forged once the page is hydrated: a hydration that lands after the change renders the form's
    // own value again, and the check-in then goes to today's booking instead.
    await page.waitForLoadState('networkidle');
    const bookingIds = todayRow.locator('input[name="bookingId"]');
    await bookingIds.evaluateAll((inputs, id) => inputs.forEach((input) => ((input as HTMLInputElement).value = id)), tomorrow.bookingId);
    for (const input of await bookingIds.all()) await expect(input).toHaveValue(tomorrow.bookingId);
    await todayRow.getByRole('button', { name: /^Check in/ }).click();
    await expect(page.getByRole('alert', { name: /^Check-in opens on the day of the appointment\./ })).toBeVisible();
    expect(withE2eDb((db) => db.prepare('SELECT status FROM ConsultationBooking WHERE id = ?').get(tomorrow.bookingId))).toEqual({ status: 'BOOKED' });
    expect(withE2eDb((db) => db.prepare("SELECT COUNT(*) AS n FROM CaseEvent WHERE caseId = ? AND type = 'checked_in'").get(tomorrow.caseId))).toEqual({ n: 0 });
    expect(withE2eDb((db) => db.prepare('SELECT status FROM ConsultationBooking WHERE id = ?').get(today.bookingId))).toEqual({ status: 'BOOKED' });
    await counsellor.context.close();
  });
});
