package io.remoteassist.invitation.api.contacts;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trusted contacts one end keeps: one card per contact, {@code contacts-OWNER/NAME.crt} in the state directory.
 * The trust decision of a handshake is made against these files only.
 */
public final class ContactStore {

    private final Path dir;

    /**
     * Opens the store of {@code owner} in a state directory.
     *
     * @param stateDir the end's state directory
     * @param owner the account name whose contacts these are
     */
    public ContactStore(Path stateDir, String owner) {
        if (!ContactCard.NAME.matcher(owner).matches()) {
            throw new IllegalArgumentException("owner: use 1 to 64 letters, digits and . _ - @ \\");
        }
        this.dir = stateDir.resolve("contacts-" + owner);
    }

    /**
     * Keeps a card, replacing the one stored under the same name.
     *
     * @throws ContactException if the card is not valid or cannot be written
     */
    public void keep(ContactCard card) throws ContactException {
        card.certificate();
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(card.name() + ".crt"), card.certificatePem());
        } catch (IOException e) {
            throw new ContactException("cannot keep " + card.name() + "'s card in " + dir + ": " + e.getMessage());
        }
    }

    /**
     * Returns the stored card of a contact.
     *
     * @throws ContactException if the stored file is unreadable or not a valid card
     */
    public Optional<ContactCard> find(String name) throws ContactException {
        if (!ContactCard.NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = dir.resolve(name + ".crt");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            ContactCard card = new ContactCard(name, Files.readString(file));
            card.certificate();
            return Optional.of(card);
        } catch (IOException e) {
            throw new ContactException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Returns every stored contact's name, sorted. */
    public List<String> names() throws ContactException {
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.crt")) {
            for (Path f : files) {
                String n = f.getFileName().toString();
                names.add(n.substring(0, n.length() - 4));
            }
        } catch (IOException e) {
            throw new ContactException("cannot list " + dir + ": " + e.getMessage());
        }
        names.sort(String::compareTo);
        return names;
    }

    /** Forgets a contact; returns whether it was stored. */
    public boolean forget(String name) throws ContactException {
        if (!ContactCard.NAME.matcher(name).matches()) {
            return false;
        }
        try {
            return Files.deleteIfExists(dir.resolve(name + ".crt"));
        } catch (IOException e) {
            throw new ContactException("cannot forget " + name + ": " + e.getMessage());
        }
    }
}
