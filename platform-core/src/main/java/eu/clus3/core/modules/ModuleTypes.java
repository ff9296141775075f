package eu.clus3.core.modules;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Java types of module endpoints' parameters: their raw class, and text (path, query, header) read as a value. */
final class ModuleTypes {

    private ModuleTypes() {
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    /** The first type argument of a parameterised type ({@code List<X>} → X), or Object. */
    static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    /** Whether parameters of this type are read from text: a simple value, or a list/set/optional of them. */
    static boolean textual(Type type) {
        Class<?> raw = raw(type);
        if (raw == List.class || raw == Set.class || raw == Collection.class || raw == Optional.class) {
            return simple(raw(argument(type, 0)));
        }
        return simple(raw);
    }

    private static boolean simple(Class<?> type) {
        return type == String.class || type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == Character.class || factory(type) != null;
    }

    /**
     * The values of a path, query or header parameter as the parameter's type; {@code null} texts are absent.
     *
     * @throws IllegalArgumentException when a text is not a value of the type (the message says what is expected)
     */
    static Object read(Type type, List<String> texts) {
        Class<?> raw = raw(type);
        if (raw == List.class || raw == Collection.class || raw == Set.class) {
            Collection<Object> values = raw == Set.class ? new LinkedHashSet<>() : new ArrayList<>();
            for (String text : texts) {
                values.add(one(raw(argument(type, 0)), text));
            }
            return raw == Set.class ? Set.copyOf(values) : List.copyOf(values);
        }
        String text = texts.isEmpty() ? null : texts.get(0);
        if (raw == Optional.class) {
            return text == null ? Optional.empty() : Optional.of(one(raw(argument(type, 0)), text));
        }
        if (text == null) {
            return absent(raw);
        }
        return one(raw, text);
    }

    /** What JAX-RS gives a parameter that was not sent: 0 or false for primitives, null otherwise. */
    static Object absent(Class<?> raw) {
        if (!raw.isPrimitive()) {
            return null;
        }
        if (raw == boolean.class) {
            return false;
        }
        if (raw == char.class) {
            return '\0';
        }
        return one(raw, "0");
    }

    private static Object one(Class<?> type, String text) {
        String t = text.strip();
        try {
            if (type == String.class) {
                return text;
            }
            if (type == long.class || type == Long.class) {
                return Long.parseLong(t);
            }
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(t);
            }
            if (type == short.class || type == Short.class) {
                return Short.parseShort(t);
            }
            if (type == byte.class || type == Byte.class) {
                return Byte.parseByte(t);
            }
            if (type == double.class || type == Double.class) {
                double d = Double.parseDouble(t);
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            }
            if (type == float.class || type == Float.class) {
                float f = Float.parseFloat(t);
                if (!Float.isFinite(f)) {
                    throw new NumberFormatException();
                }
                return f;
            }
            if (type == boolean.class || type == Boolean.class) {
                if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("expected true or false");
                }
                return Boolean.parseBoolean(t);
            }
            if (type == char.class || type == Character.class) {
                if (text.length() != 1) {
                    throw new IllegalArgumentException("expected one character");
                }
                return text.charAt(0);
            }
            if (type == java.math.BigDecimal.class) {
                return new java.math.BigDecimal(t);
            }
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(t)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException("expected one of " + java.util.Arrays.toString(type.getEnumConstants()));
            }
            Method factory = factory(type);
            if (factory != null) {
                return factory.invoke(null, text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number" + (type == long.class || type == Long.class
                    || type == int.class || type == Integer.class ? " without decimals" : ""));
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause() == null || e.getCause().getMessage() == null
                    ? "not a valid " + type.getSimpleName() : e.getCause().getMessage());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("Parameters of type " + type.getName() + " are not supported");
    }

    /** A public static {@code valueOf(String)}, {@code of(String)}, {@code parse(String)} or {@code fromString(String)}. */
    private static Method factory(Class<?> type) {
        for (String name : List.of("valueOf", "of", "parse", "fromString")) {
            try {
                Method m = type.getMethod(name, String.class);
                if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next name
            }
        }
        try {
            Method m = type.getMethod("parse", CharSequence.class);
            if (Modifier.isStatic(m.getModifiers()) && type.isAssignableFrom(m.getReturnType())) {
                return m;
            }
        } catch (NoSuchMethodException e) {
            // none
        }
        return null;
    }

    static String describe(Class<?> type) {
        return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants())
                : type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
