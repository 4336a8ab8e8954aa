package io.callrec.domain.export;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Where a recording's files go on the storage: {@code root_path/<environment>/<customer>/<yyyy>/<MM>/<dd>/
 * <recording>.<ext>} and the same name with {@code .json}. Several billing environments share one storage,
 * so the environment comes first. A customer id is used as one path segment: any character other than
 * letters, digits, '.', '_' and '-' becomes '_', so an id can never climb out of its folder.
 *
 * @param directory the folder of the recording's call day
 * @param baseName  the recording id
 * @param extension the audio file's extension (wav or mp3)
 */
public record ExportPath(String directory, String baseName, String extension) {

    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

    public static ExportPath of(String rootPath, String environment, String customerId, LocalDate callDate,
                                long recordingId, String extension) {
        String root = rootPath.endsWith("/") && rootPath.length() > 1 ? rootPath.substring(0, rootPath.length() - 1) : rootPath;
        String directory = String.join("/", root.equals("/") ? "" : root, segment(environment), segment(customerId),
                String.format("%04d", callDate.getYear()), String.format("%02d", callDate.getMonthValue()),
                String.format("%02d", callDate.getDayOfMonth()));
        return new ExportPath(directory, Long.toString(recordingId), extension);
    }

    /** One safe path segment: never empty, never "." or "..", no separator. */
    static String segment(String value) {
        String safe = UNSAFE.matcher(value == null ? "" : value).replaceAll("_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "_" + safe : safe;
    }

    public String audio() {
        return directory + "/" + baseName + "." + extension;
    }

    public String metadata() {
        return directory + "/" + baseName + ".json";
    }

    /** The temporary name a file is uploaded to before it is renamed to {@code finalPath}. */
    public static String temporary(String finalPath) {
        int slash = finalPath.lastIndexOf('/');
        return finalPath.substring(0, slash + 1) + "." + finalPath.substring(slash + 1) + ".part";
    }
}
