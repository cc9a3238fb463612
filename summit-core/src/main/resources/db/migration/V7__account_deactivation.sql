-- Organisers deactivate the account of someone who left (and reactivate it): while set, the account cannot log in
-- and every request of its sessions is refused.
ALTER TABLE accounts_account ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
