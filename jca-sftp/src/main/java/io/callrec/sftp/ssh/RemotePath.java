package io.callrec.sftp.ssh;

/** Remote path helpers: JSch treats {@code * ? \} in most calls as patterns, so paths are quoted to stay literal. */
final class RemotePath {

    private RemotePath() {
    }

    /** The path with JSch's pattern characters escaped, for the calls that expand patterns (all but mkdir). */
    static String quoted(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (char c : path.toCharArray()) {
            if (c == '\\' || c == '*' || c == '?') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** An absolute path without repeated or trailing slashes. */
    static String normalised(String absolute) {
        String path = absolute.replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The directory holding an absolute, normalised path; "/" for a top-level entry. */
    static String parent(String absolute) {
        int slash = absolute.lastIndexOf('/');
        return slash <= 0 ? "/" : absolute.substring(0, slash);
    }
}
