-- Who may sign in: a bcrypt hash (Elytron's layout: hash, salt and cost apart, base64) and one or more roles
-- (user, helper, admin, auditor). Passwords are never stored.
create table ra_identity (
    name            varchar(64)  not null primary key,
    password_hash   varchar(64)  not null,
    salt            varchar(32)  not null,
    iteration_count integer      not null,
    roles           text[]       not null,
    updated_at      timestamptz  not null default now(),
    constraint ra_identity_roles check (roles <@ array['user', 'helper', 'admin', 'auditor']::text[]
                                        and cardinality(roles) > 0)
);
