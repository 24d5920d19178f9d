-- An invitation file handed over by the User's agent for a Mailto delivery, kept only until the Helper downloads it
-- once, the invitation closes or it expires. It holds the password-encrypted ticket only.
create table invitation_file (
    invitation_id varchar(64) not null primary key,
    content       bytea       not null,
    held_until    timestamptz not null
);
