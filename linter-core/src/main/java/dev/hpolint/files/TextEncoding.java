package dev.hpolint.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a file's text was encoded, so that writing a fixed file back gives the same bytes around the
 * changes: UTF-8 with or without a byte order mark, or UTF-16 with one (the decoder reads UTF-16
 * only when a byte order mark says so).
 */
public enum TextEncoding {
  UTF_8(StandardCharsets.UTF_8, new byte[0]),
  UTF_8_BOM(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
  UTF_16BE_BOM(StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
  UTF_16LE_BOM(StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE});

  private final Charset charset;
  private final byte[] bom;

  TextEncoding(Charset charset, byte[] bom) {
    this.charset = charset;
    this.bom = bom;
  }

  /** The encoding of a file's bytes, told by its byte order mark. */
  public static TextEncoding detect(byte[] bytes) {
    for (TextEncoding encoding : new TextEncoding[] {UTF_8_BOM, UTF_16BE_BOM, UTF_16LE_BOM}) {
      if (startsWith(bytes, encoding.bom)) {
        return encoding;
      }
    }
    return UTF_8;
  }

  /** The bytes of a text in this encoding, byte order mark first. */
  public byte[] encode(String text) {
    byte[] body = text.getBytes(charset);
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
