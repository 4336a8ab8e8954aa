package io.callrec.sftp.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The account the test sshd logs in. As root: a throw-away system account with a random password,
 * made for this run (so concurrent runs never share one) and deleted afterwards. Otherwise: the
 * current user, without a password sshd could check.
 */
record SystemUser(String name, String password, boolean created) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static SystemUser forTests() {
        if (!Commands.isRoot()) {
            return new SystemUser(System.getProperty("user.name"), null, false);
        }
        String name = "crsftp-" + HexFormat.of().formatHex(random(4));
        String password = HexFormat.of().formatHex(random(12));
        Commands.run("useradd", "--system", "--no-create-home", "--home-dir", "/", "--shell", "/bin/sh", name);
        Commands.runWithInput(name + ":" + password + "\n", "chpasswd");
        return new SystemUser(name, password, true);
    }

    /** Gives the path to this user (as root); otherwise it is the current user's already. */
    void own(Path path) throws IOException {
        if (created) {
            UserPrincipal owner = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
            Files.setOwner(path, owner);
        }
    }

    void remove() {
        if (created) {
            try {
                Commands.run("userdel", name);
            } catch (IllegalStateException e) {
                System.err.println("could not delete test account " + name + ": " + e.getMessage());
            }
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }

}
