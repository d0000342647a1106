-- Stockroom schema, version 6 (issue 17): every customer is written to in their own language,
-- and the shop's figures follow its own locale.
--
-- `language` is a code of one of the translation files (locales/<code>.ftl: en, de, pl, ...);
-- `locale` is a BCP 47 tag for dates, numbers and money (en-GB, de-DE, ...). The codes are
-- checked by the program (the list of files is not known to SQL); a stored code whose file
-- is gone reads as English.
ALTER TABLE settings ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE settings ADD COLUMN locale TEXT NOT NULL DEFAULT 'en-GB';
-- Customers written before version 6 get the shop's language (English, as they were).
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
