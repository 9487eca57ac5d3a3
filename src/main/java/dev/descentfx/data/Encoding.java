package dev.descentfx.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's text encoding: UTF-8 (with or without Excel's byte order mark), or UTF-16 when it
 * begins with that byte order mark; and, when its bytes are not text in that encoding, where.
 *
 * @param charset   how the bytes after the mark are decoded
 * @param bomLength the byte order mark's length in bytes (0: none)
 */
record Encoding(Charset charset, int bomLength) {

    static Encoding of(byte[] start) {
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (start.length >= 2 && (start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (start.length >= 2 && (start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        return new Encoding(StandardCharsets.UTF_8, 0);
    }

    /** A decoder that stops at the first byte that is not text, rather than putting a � in its place. */
    CharsetDecoder strictDecoder() {
        return charset.newDecoder();
    }

    /** The refusal for a file whose bytes, after the mark, are not text in this encoding: says the line and column. */
    CsvProblem notText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bomLength);
            CharsetDecoder decoder = strictDecoder();
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            long line = 1, column = 1;
            boolean end = false;
            while (true) {
                int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0)).flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                for (int i = 0; i < chars.position(); i++) {
                    column++;
                    if (chars.get(i) == '\n') {
                        line++;
                        column = 1;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    int b = bytes.get(bytes.position()) & 0xFF;
                    return notText(file, line, column, b);
                }
                bytes.compact();
                if (end && bytes.position() == 0) {
                    return new CsvProblem(file + " is not " + charset.name() + " text; save it as CSV UTF-8");
                }
            }
        } catch (IOException e) {
            return new CsvProblem(file + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private CsvProblem notText(Path file, long line, long column, int b) {
        if (b == 0 && charset == StandardCharsets.UTF_8) {
            return binary(file, line);
        }
        return new CsvProblem(file + " line " + line + ", character " + column + ": byte 0x"
                + String.format("%02X", b) + " is not " + charset.name() + " text (the file was perhaps saved as"
                + " Latin-1 or Windows-1252); save it as UTF-8, in Excel as 'CSV UTF-8'");
    }

    static CsvProblem binary(Path file, long line) {
        return new CsvProblem(file + " is not a CSV text file: line " + line + " holds a zero byte, as binary files"
                + " (an Excel workbook, a picture) do; save or export the data as CSV");
    }
}
