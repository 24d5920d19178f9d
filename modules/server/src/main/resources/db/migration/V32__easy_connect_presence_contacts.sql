-- Easy Connect rendezvous directory: one sealed invitation per lookup key (derived from the password by the
-- User's agent; the server never sees the password or the blob key). Removed when the invitation closes.
create table easy_connect_entry (
    lookup_key    varchar(64)  not null primary key,
    invitation_id varchar(64)  not null unique,
    blob          bytea        not null,
    published_by  varchar(255) not null,
    published_at  timestamptz  not null,
    expires_at    timestamptz  not null
);
create index easy_connect_entry_expiry on easy_connect_entry (expires_at);

-- IM buddy lists: owner sees whether buddy is online and may send buddy invitations.
create table im_buddy (
    owner    varchar(255) not null,
    buddy    varchar(255) not null,
    added_at timestamptz  not null,
    primary key (owner, buddy)
);
create index im_buddy_watchers on im_buddy (buddy);

-- Contact cards handed over after a session, one per side; the exchange is recorded once both are there.
create table contact_card (
    session_id  varchar(64)  not null,
    owner       varchar(255) not null,
    certificate text         not null,
    fingerprint varchar(64)  not null,
    offered_at  timestamptz  not null,
    primary key (session_id, owner)
);

-- Trusted contacts (read model of ContactsExchangedEvent): the ends decide trust by their own stored certificates.
create table trusted_contact (
    owner        varchar(255) not null,
    contact      varchar(255) not null,
    fingerprint  varchar(64)  not null,
    session_id   varchar(64)  not null,
    exchanged_at timestamptz  not null,
    primary key (owner, contact)
);
