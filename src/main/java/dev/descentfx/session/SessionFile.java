package dev.descentfx.session;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.descentfx.export.SafeFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads and writes {@code .descentfx} session files (JSON, {@code "format": "descentfx-session"},
 * {@code "version": 1}). Writing goes through {@link SafeFile}: the old file stays whole until the
 * new one is. Reading takes nothing on trust: the file's size, the JSON's nesting, every string's,
 * number's and array's length are bounded before anything is built, then every field is checked;
 * a file that fails says so in one line ({@link SessionProblem}) and gives nothing.
 */
public final class SessionFile {
    /** The largest file read, in bytes. */
    public static final long MAX_BYTES = 64L << 20;
    /** The most values in one JSON array (examples of the data, features of a row, changes). */
    public static final int MAX_VALUES = 1_000_000;
    /** The most epochs a session may have been trained (it is trained again when opened). */
    public static final int MAX_EPOCHS = 10_000_000;
    /** How deep the JSON may nest (a session's own nests 4 deep: the file, data, x, a row). */
    static final int MAX_DEPTH = 8;
    static final int MAX_STRING = 10_000;
    static final int MAX_NUMBER = 100;

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).maxNameLength(MAX_STRING)
                            .maxDocumentLength(MAX_BYTES).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                    DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SessionFile() {
    }

    /** Writes {@code session} to {@code file} whole or not at all. */
    public static void write(Path file, Session session) throws IOException {
        byte[] bytes = text(session).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SafeFile.write(file, out -> out.write(bytes));
    }

    /** The JSON a session file holds (ends with a newline). */
    public static String text(Session session) {
        try {
            return JSON.writeValueAsString(SessionJson.of(session)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session could not be written as JSON", e);   // records of plain values always can
        }
    }

    /** Reads {@code file}; a SessionProblem says in one line what is wrong and where. */
    public static Session read(Path file) throws SessionProblem {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw problem(file, "it is " + size + " bytes; a session file is at most " + (MAX_BYTES >> 20) + " MB ("
                        + MAX_BYTES + " bytes)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(file, "there is no such file");
        } catch (IOException e) {
            throw problem(file, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return read(file, bytes);
    }

    /** Reads a session from {@code bytes} (the contents of {@code file}, named in the messages). */
    public static Session read(Path file, byte[] bytes) throws SessionProblem {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw problem(file, "the file is empty");
        }
        check(file, bytes);
        SessionJson.File json;
        try {
            json = JSON.readValue(bytes, SessionJson.File.class);
        } catch (IOException e) {
            throw problem(file, why(e));
        }
        try {
            return SessionJson.session(json, MAX_EPOCHS);
        } catch (IllegalArgumentException e) {
            throw problem(file, e.getMessage());
        }
    }

    /**
     * One pass over the tokens before anything is built: the JSON is whole and within the limits
     * (no array longer than {@link #MAX_VALUES}), an object, and says it is a version-1 session.
     */
    private static void check(Path file, byte[] bytes) throws SessionProblem {
        Deque<int[]> arrays = new ArrayDeque<>();   // the values counted so far in each open array (null for an object)
        String format = null;
        Integer version = null;
        JsonParser p = null;
        try {
            p = JSON.getFactory().createParser(bytes);
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw problem(file, "it is not a session: a session file is a JSON object {…}" + at(p.currentTokenLocation()));
            }
            arrays.push(new int[] {-1});
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (arrays.size() == 1 && t == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("format")) {
                        format = value == JsonToken.VALUE_STRING ? p.getText() : "";
                    } else if (name.equals("version")) {
                        version = value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                                ? p.getIntValue() : Integer.valueOf(-1);
                    }
                    t = value;
                }
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                int[] open = arrays.peek();
                if (open != null && open[0] >= 0 && t != JsonToken.END_ARRAY && ++open[0] > MAX_VALUES) {
                    throw problem(file, "an array has more than " + MAX_VALUES + " values" + at(p.currentTokenLocation())
                            + "; a session holds at most " + MAX_VALUES + " values in one array");
                }
                if (t == JsonToken.START_ARRAY) {
                    arrays.push(new int[] {0});
                } else if (t == JsonToken.START_OBJECT) {
                    arrays.push(new int[] {-1});
                } else if (t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) {
                    arrays.pop();
                    if (arrays.isEmpty()) {
                        if (p.nextToken() != null) {
                            throw problem(file, "there is more after the session's closing }" + at(p.currentTokenLocation()));
                        }
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw problem(file, why(e, p == null ? null : p.currentLocation()));
        } finally {
            close(p);
        }
        if (format == null || !format.equals(SessionJson.FORMAT)) {
            throw problem(file, "it is not a DescentFX session: it needs \"format\": \"" + SessionJson.FORMAT + "\"");
        }
        if (version == null || version != SessionJson.VERSION) {
            throw problem(file, version == null ? "it has no \"version\": 1"
                    : version < 1 ? "its \"version\" should be the whole number 1"
                    : "it is a version " + version + " session, made by a newer DescentFX; this one reads version "
                    + SessionJson.VERSION + " (update DescentFX to open it)");
        }
    }

    /** Jackson's complaint in words a student knows, with the field, line and column. */
    private static String why(IOException e) {
        return why(e, e instanceof JsonProcessingException j ? j.getLocation() : null);
    }

    /** The limit Jackson stopped at, also when mapping wraps it; or null. */
    private static StreamConstraintsException constraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException c) {
                return c;
            }
        }
        return null;
    }

    /** {@code where}: the place to name when the exception does not say (the reading pass's parser). */
    private static String why(IOException e, JsonLocation where) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field \"" + path(u.getPath()) + "\"" + at(u.getLocation())
                    + "; the file may come from a newer DescentFX, and nothing in it was taken";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidTypeIdException t) {
            // "name" of an optimizer, "kind" of a split: the one word that says which object it is
            boolean optimizer = t.getBaseType() != null && t.getBaseType().getRawClass() == SessionJson.Optimizer.class;
            return "\"" + path(t.getPath()) + (optimizer ? ".name\" is '" : ".kind\" is '")
                    + (t.getTypeId() == null ? "" : t.getTypeId()) + "'" + at(t.getLocation())
                    + (optimizer ? "; expected sgd or adam" : "; expected none, fraction or column");
        }
        if (e instanceof MismatchedInputException m && m.getPath() != null && !m.getPath().isEmpty()) {
            String field = path(m.getPath());
            String message = String.valueOf(m.getOriginalMessage());
            if (message.startsWith("Missing creator property") || message.startsWith("Missing required creator property")) {
                return "\"" + field + "\" is missing" + at(m.getLocation());
            }
            if (message.contains("Null value for creator property") || message.contains("null into type")) {
                return "\"" + field + "\" is null" + at(m.getLocation());
            }
            return "\"" + field + "\" should be " + kind(typeNamed(message, m.getTargetType())) + at(m.getLocation());
        }
        StreamConstraintsException c = constraint(e);
        if (c != null) {
            String message = String.valueOf(c.getMessage());
            if (message.contains("nesting depth")) {
                return "the JSON nests deeper than " + MAX_DEPTH + " levels" + at(where)
                        + "; a session nests 4 deep";
            }
            if (message.contains("String value length")) {
                return "a text is longer than " + MAX_STRING + " characters" + at(where);
            }
            if (message.contains("Number value length")) {
                return "a number has more than " + MAX_NUMBER + " digits" + at(where);
            }
            return "the file is beyond what a session holds" + at(where);
        }
        com.fasterxml.jackson.core.exc.InputCoercionException n = null;
        for (Throwable t = e; t != null && n == null; t = t.getCause()) {
            n = t instanceof com.fasterxml.jackson.core.exc.InputCoercionException ice ? ice : null;
        }
        if (n != null) {
            boolean named = e instanceof JsonMappingException m && m.getPath() != null && !m.getPath().isEmpty();
            return (named ? "\"" + path(((JsonMappingException) e).getPath()) + "\" is" : "a whole number is")
                    + " out of range" + at(n.getLocation()) + "; a whole number here is at most " + Integer.MAX_VALUE;
        }
        if (e instanceof JsonProcessingException j) {
            String message = String.valueOf(j.getOriginalMessage());
            if (message.contains("Non-standard token 'NaN'") || message.contains("'Infinity'") || message.contains("'-Infinity'")
                    || message.contains("'+Infinity'")) {
                return "NaN and Infinity are not numbers JSON can hold" + at(j.getLocation()) + "; use finite numbers";
            }
            if (message.startsWith("Unexpected end-of-input")) {
                return "the file ends in the middle" + at(j.getLocation()) + "; it was cut short (truncated)";
            }
            if (message.contains("Duplicate field")) {
                return "a field is given twice" + at(j.getLocation());
            }
            return "it is not valid JSON" + at(j.getLocation()) + ": " + firstLine(message).replaceAll(": was expecting.*", "");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** "settings.initialW[0]" from Jackson's path. */
    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    /** The type Jackson's message says it wanted ("value of type `float`"): for an array's element it names the element's. */
    private static Class<?> typeNamed(String message, Class<?> fallback) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(element of |type )`([^`]+)`").matcher(message);
        if (!m.find()) {
            return fallback;
        }
        String named = m.group(1).startsWith("element") ? m.group(2).replaceFirst("\\[]$", "") : m.group(2);
        return switch (named) {
            case "float", "double", "java.lang.Float", "java.lang.Double" -> float.class;
            case "int", "java.lang.Integer" -> int.class;
            case "boolean", "java.lang.Boolean" -> boolean.class;
            case "java.lang.String" -> String.class;
            default -> named.endsWith("[]") || named.startsWith("java.util.List") ? List.class : fallback;
        };
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "something else";
        }
        if (type == float.class || type == double.class || type == Float.class || type == Double.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text in quotes";
        }
        if (type.isArray() || List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    private static void close(JsonParser p) {
        try {
            if (p != null) {
                p.close();
            }
        } catch (IOException e) {
            // bytes in memory: nothing to release
        }
    }

    private static String at(JsonLocation where) {
        return where == null || where.getLineNr() < 0 ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    private static SessionProblem problem(Path file, String why) {
        return new SessionProblem("could not open " + file + ": " + why);
    }
}
