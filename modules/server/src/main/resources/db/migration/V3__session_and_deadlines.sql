-- Where each session stands, for the relay and the consoles (rebuilt from the session events).
create table session_status (
    session_id   varchar(64)  not null primary key,
    user_name    varchar(255) not null,
    computer     varchar(255) not null,
    helper       varchar(255) not null,
    mode         varchar(16)  not null,
    state        varchar(32)  not null,
    requested_at timestamptz  not null,
    updated_at   timestamptz  not null
);
create index session_status_user on session_status (user_name, state);

-- Deadlines of open invitations; a row goes when the invitation closes. Survives restarts.
create table invitation_deadline (
    invitation_id varchar(64) not null primary key,
    expires_at    timestamptz not null
);
create index invitation_deadline_due on invitation_deadline (expires_at);
