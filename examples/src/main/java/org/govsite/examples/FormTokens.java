package org.govsite.examples;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.govsite.core.GovSiteException;
import org.jspecify.annotations.Nullable;

/**
 * Form tokens for visitors without a session (匿名表单令牌): the public forms ({@code /xinxiang},
 * {@code /ysqgk}, {@code /jiucuo}, {@code /login}) carry one, and showing them opens no server
 * session, so any number of readers costs the portal no memory.
 *
 * <p>The browser gets a random cookie ({@value #COOKIE}: 32 bytes, HttpOnly, SameSite=Strict, Secure
 * over HTTPS, gone when the browser closes); the token is HMAC-SHA256 of that value under the
 * portal's secret. Another site can neither read the cookie nor compute a token for it, and a token
 * copied from one browser fails with another's cookie. The secret is 32 random bytes kept in the
 * database ({@link SharedSettings}, {@value #SETTING}), made by the first portal to start and read by
 * every other: a form shown by one instance is accepted by another behind the same load balancer, and
 * a restart does not expire the forms residents have open. A data directory of 0.1 kept the secret in
 * {@value #SECRET_FILE}; when the database has none yet, that one is moved there, so forms open
 * during the upgrade stay valid.
 */
final class FormTokens {
  /** The cookie holding the browser's random value. */
  static final String COOKIE = "GOVSITE_FORM";
  /** The file in the data directory holding the secret. */
  static final String SECRET_FILE = "form-token.key";
  /** The shared setting holding the secret (Base64). */
  static final String SETTING = "form.token.secret";
  private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec key;

  FormTokens(SharedSettings settings, Path dataDir) {
    Path file = dataDir.resolve(SECRET_FILE);
    String stored = settings.getOrCreate(SETTING, () -> Files.exists(file) ? Base64.getEncoder().encodeToString(secret(file))
        : Base64.getEncoder().encodeToString(fresh()));
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(stored.strip());
    } catch (IllegalArgumentException e) {
      secret = new byte[0];
    }
    if (secret.length < 32) {
      throw new GovSiteException(PortalErrorCode.PORTAL_START, "表单密钥无效 / the form token secret in portal_setting ("
          + SETTING + ") is not 32 bytes of Base64");
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  private static byte[] fresh() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return b;
  }

  /**
   * Returns the token for this browser, giving it the cookie first when it has none (the answer must
   * not be committed yet).
   */
  String token(HttpServletRequest req, HttpServletResponse res) {
    String value = cookie(req).orElseGet(() -> {
      String fresh = random();
      // Written by hand: jakarta's Cookie has no SameSite before Servlet 6's attributes, and this is one line.
      res.addHeader("Set-Cookie", COOKIE + "=" + fresh + "; Path=/; HttpOnly; SameSite=Strict" + (req.isSecure() ? "; Secure" : ""));
      return fresh;
    });
    return mac(value);
  }

  /** Returns true when the sent token is the one of this browser's cookie (compared in constant time). */
  boolean valid(HttpServletRequest req, @Nullable String sent) {
    Optional<String> value = cookie(req);
    return sent != null && value.isPresent()
        && MessageDigest.isEqual(mac(value.get()).getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> cookie(HttpServletRequest req) {
    Cookie[] cookies = req.getCookies();
    if (cookies != null) {
      for (Cookie c : cookies) {
        if (c.getName().equals(COOKIE) && VALUE.matcher(c.getValue()).matches()) {
          return Optional.of(c.getValue());
        }
      }
    }
    return Optional.empty();
  }

  private String mac(String value) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(m.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private static String random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Reads the secret a 0.1 data directory kept in a file. */
  private static byte[] secret(Path file) {
    try {
      byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
      if (secret.length < 32) {
        throw new IllegalArgumentException("shorter than 32 bytes");
      }
      return secret;
    } catch (IOException | IllegalArgumentException e) {
      throw new GovSiteException(PortalErrorCode.PORTAL_START, "无法读取表单密钥 / cannot read the form token secret "
          + file + ": " + e.getMessage(), e);
    }
  }
}
