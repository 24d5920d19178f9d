-- Tamper evidence: each audit row carries a SHA-256 chained to the previous row of its aggregate.
alter table audit_entry add column prev_hash varchar(64) not null default '';
alter table audit_entry add column hash varchar(64) not null default '';
-- Rebuild the trail with hashes: the processor starts again from the first event.
delete from audit_entry;
delete from token_entry where processor_name = 'audit';
