// `npm run staff:invite-admin -- <email> <name>`: the first administrator of a new installation
// (later ones are invited from the admin section). Creates the account and sends the invitation,
// and prints the link too, since on day one nobody can read the admin mail view yet.
import { createDb } from '@/lib/db/client';
import { switchDatabase } from '@/lib/db/client';
import { staffAuth } from '@/lib/auth/staff';
import { emailField, requiredText } from '@/lib/forms/fields';

async function main() {
  const [rawEmail, ...nameParts] = process.argv.slice(2);
  const email = emailField.safeParse(rawEmail);
  const name = requiredText(100).safeParse(nameParts.join(' '));
  if (!email.success || !name.success) {
    console.error('usage: npm run staff:invite-admin -- <email> <name>');
    process.exit(2);
  }
  const db = createDb();
  switchDatabase(db); // the auth library reads through the shared client
  const existing = await db.staffUser.findUnique({ where: { email: email.data }, select: { id: true } });
  if (!existing) {
    await db.staffUser.create({ data: { email: email.data, name: name.data, roles: ['administrator'], languages: ['ko', 'en'], locale: 'ko', emailVerified: true } });
  }
  await staffAuth().api.requestPasswordReset({ body: { email: email.data } });
  const message = await db.outboxMessage.findFirst({ where: { to: email.data, template: 'staffInvitation' }, orderBy: { createdAt: 'desc' }, select: { text: true } });
  const link = message?.text.match(/https?:\/\/\S+\/admin\/invitation\?token=\S+/)?.[0];
  console.log(`Invitation for ${email.data}: ${link ?? '(see the outgoing mail)'}`);
  await db.$disconnect();
}

void main();
