package eu.clus3.core.modules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public keys whose signatures make a module trusted: a PEM file of {@code PUBLIC KEY} blocks (RSA,
 * EC or Ed25519). A module's detached signature is made over the artifact's bytes with SHA-256
 * ({@code SHA256withRSA}, {@code SHA256withECDSA}) or Ed25519, e.g.
 * {@code openssl dgst -sha256 -sign key.pem module.jar | base64 -w0}.
 */
public final class TrustedKeys {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private final List<PublicKey> keys;

    private TrustedKeys(List<PublicKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** No keys configured: signatures are neither required nor checked. */
    public static TrustedKeys none() {
        return new TrustedKeys(List.of());
    }

    public static TrustedKeys from(Optional<Path> pemFile) {
        return pemFile.map(TrustedKeys::read).orElseGet(TrustedKeys::none);
    }

    public static TrustedKeys read(Path pemFile) {
        try {
            return parse(Files.readString(pemFile, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trusted module keys " + pemFile, e);
        }
    }

    public static TrustedKeys parse(String pem) {
        List<PublicKey> keys = new ArrayList<>();
        Matcher m = PEM.matcher(pem);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(1));
            keys.add(decode(der));
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("The trusted module keys file holds no PUBLIC KEY block");
        }
        return new TrustedKeys(keys);
    }

    private static PublicKey decode(byte[] der) {
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("A trusted module key is neither RSA, EC nor Ed25519");
    }

    /** Whether uploads must be signed. */
    public boolean required() {
        return !keys.isEmpty();
    }

    /** Whether one of the keys signed {@code content}; {@code base64Signature} may be malformed (then: no). */
    public boolean verify(byte[] content, String base64Signature) {
        byte[] signature;
        try {
            signature = Base64.getMimeDecoder().decode(base64Signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (PublicKey key : keys) {
            try {
                Signature check = Signature.getInstance(switch (key.getAlgorithm()) {
                    case "RSA" -> "SHA256withRSA";
                    case "EC" -> "SHA256withECDSA";
                    default -> "Ed25519";
                });
                check.initVerify(key);
                check.update(content);
                if (check.verify(signature)) {
                    return true;
                }
            } catch (GeneralSecurityException e) {
                // not this key
            }
        }
        return false;
    }
}
