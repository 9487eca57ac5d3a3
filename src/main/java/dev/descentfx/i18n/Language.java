package dev.descentfx.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The languages the window, the help and the exported pictures speak: English and the course's
 * Korean. Every sentence for people is a key in {@code dev/descentfx/messages.properties}
 * (English) and {@code messages_ko.properties} (Korean, UTF-8). Plain Java, no toolkit: the plots,
 * the window and the command line all ask the same bundles.
 *
 * <p>{@code {0}}, {@code {1}} … in a sentence are filled in with text as it is given; numbers are
 * written before they go in ({@link dev.descentfx.plot.Numbers}), so they keep one format in
 * every language. (Not {@link java.text.MessageFormat}: it would write numbers by the locale and
 * make every apostrophe in a sentence a quote.)
 */
public enum Language {
    EN(Locale.ENGLISH, "EN"),
    KO(Locale.KOREAN, "한국어");

    /** Where the sentences are: {@code dev/descentfx/messages*.properties}. */
    public static final String BUNDLE = "dev.descentfx.messages";

    private final Locale locale;
    private final String name;
    private volatile ResourceBundle bundle;

    Language(Locale locale, String name) {
        this.locale = locale;
        this.name = name;
    }

    /** The language of the system locale at start: Korean for {@code ko}, English otherwise. */
    public static Language system() {
        return of(Locale.getDefault().getLanguage());
    }

    /** {@code "ko"} (or {@code "ko-KR"}, {@code "KO"}) is Korean; everything else English. */
    public static Language of(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("ko") ? KO : EN;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's own name, for the menu that switches to it: "EN", "한국어". */
    public String ownName() {
        return name;
    }

    /** The bundle of this language alone (no fall-back to the system locale's). */
    public ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            b = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            bundle = b;
        }
        return b;
    }

    /** The sentence {@code key} with {@code {0}}, {@code {1}} … replaced by {@code args}. */
    public String text(String key, Object... args) {
        String t;
        try {
            t = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no sentence \"" + key + "\" in " + BUNDLE + " (" + this + ")", e);
        }
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }
}
