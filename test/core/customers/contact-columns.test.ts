import { describe, expect, it } from 'vitest';
import { contactColumns, contactKind } from '../../../src/core/customers/index.ts';
import { sanitiseIdentifier } from '../../../src/ingest/identifier.ts';

// Columns as import names them from real CRM headers (docs/IMPORT-HEADERS: amoCRM, Bitrix24, RetailCRM).
const imported = (header: string) => sanitiseIdentifier(header, 'col');

describe('contact columns', () => {
  it('recognises Russian and English CRM headers after import transliterates them', () => {
    const kinds = Object.fromEntries(
      [
        'Телефон',
        'Рабочий телефон',
        'Мобильный телефон',
        'Email',
        'E-mail',
        'Рабочий e-mail',
        'Личный email',
        'Эл. почта',
        'Почта',
        'ФИО',
        'Telegram',
        'Phone number',
      ].map((h) => [h, contactKind(imported(h))]),
    );
    expect(kinds).toEqual({
      Телефон: 'phone',
      'Рабочий телефон': 'phone',
      'Мобильный телефон': 'phone',
      Email: 'email',
      'E-mail': 'email',
      'Рабочий e-mail': 'email',
      'Личный email': 'email',
      'Эл. почта': 'email',
      Почта: 'email',
      ФИО: 'name',
      Telegram: 'messenger',
      'Phone number': 'phone',
    });
  });

  it('ignores canonical fields and columns that only contain a contact word inside another word', () => {
    for (const c of [
      'customer_id',
      'channel',
      'manager',
      '_import_id',
      'nazvanie_sdelki',
      'hotel',
      'telemetry',
      'emailing_campaign_id',
    ])
      expect(contactKind(c)).toBeNull();
  });

  it('orders phones first, then e-mails, messengers and names', () => {
    expect(contactColumns(['fio', 'email', 'store', 'telegram', 'telefon', 'rabochiy_telefon'])).toEqual([
      'telefon',
      'rabochiy_telefon',
      'email',
      'telegram',
      'fio',
    ]);
  });
});
