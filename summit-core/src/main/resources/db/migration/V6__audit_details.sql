-- Audit entries are shown in the reader's language: the outcome becomes a code, and what the entry is about is kept
-- as values (JSON) that the UI writes into a sentence, instead of an English sentence.
ALTER TABLE audit_entry ADD COLUMN details VARCHAR(4000);
UPDATE audit_entry SET outcome = 'wrong-credentials' WHERE outcome = 'wrong credentials';
