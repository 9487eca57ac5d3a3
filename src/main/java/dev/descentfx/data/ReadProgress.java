package dev.descentfx.data;

/**
 * Told, while {@link CsvFile} reads a file, how many of its bytes have been read so far (about
 * every {@link #EVERY} bytes, and once at the end). A caller that wants the read to stop throws
 * {@link java.util.concurrent.CancellationException} from it: the read ends there with that
 * exception, and nothing is returned. Plain Java, no toolkit: the window shows it as a progress bar.
 */
@FunctionalInterface
public interface ReadProgress {
    /** How often the reader tells, in bytes. */
    int EVERY = 1 << 20;

    /** Nobody listens. */
    ReadProgress NONE = (bytes, size) -> { };

    /**
     * @param bytes the bytes read so far
     * @param size  the file's size in bytes when the read began
     */
    void read(long bytes, long size);
}
