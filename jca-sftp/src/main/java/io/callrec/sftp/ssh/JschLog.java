package io.callrec.sftp.ssh;

import java.util.logging.Level;
import java.util.logging.Logger;

/** JSch's log into java.util.logging (the server's log), one level down: its INFO chatter is FINE here. */
final class JschLog implements com.jcraft.jsch.Logger {

    static final JschLog INSTANCE = new JschLog();
    private static final Logger LOG = Logger.getLogger("io.callrec.sftp.jsch");

    @Override
    public boolean isEnabled(int level) {
        return LOG.isLoggable(toJul(level));
    }

    @Override
    public void log(int level, String message) {
        LOG.log(toJul(level), message);
    }

    @Override
    public void log(int level, String message, Throwable cause) {
        LOG.log(toJul(level), message, cause);
    }

    private static Level toJul(int level) {
        return switch (level) {
            case DEBUG -> Level.FINEST;
            case INFO -> Level.FINE;
            case WARN -> Level.WARNING;
            default -> Level.SEVERE;
        };
    }
}
