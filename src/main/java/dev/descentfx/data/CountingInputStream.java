package dev.descentfx.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The rest of a file after its sample, telling {@link ReadProgress} about every {@link ReadProgress#EVERY} bytes read. */
final class CountingInputStream extends FilterInputStream {
    private final ReadProgress progress;
    private final long size;
    private long read;
    private long told;

    CountingInputStream(InputStream in, long alreadyRead, long size, ReadProgress progress) {
        super(in);
        this.read = alreadyRead;
        this.told = alreadyRead;
        this.size = size;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        counted(n);
        return n;
    }

    private void counted(int n) {
        if (n > 0) {
            read += n;
        }
        if (read - told >= ReadProgress.EVERY || n < 0 && told != read) {
            told = read;
            progress.read(read, Math.max(size, read));
        }
    }
}
