package dev.hpolint.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes strictly. JSON and YAML files are UTF-8 (or UTF-16 with a byte order mark);
 * anything else, or bytes that hold NUL characters, is reported as not text instead of being linted
 * as garbage.
 */
public final class TextDecoder {
  private static final int BINARY_SNIFF_BYTES = 8192;

  private TextDecoder() {}

  public static DecodedText decode(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16LE);
    }
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = skip; i < sniff; i++) {
      if (bytes[i] == 0) {
        return failed(
            bytes, skip, i, "the file is binary, not JSON or YAML text (it holds NUL bytes)");
      }
    }
    return decodeStrict(bytes, skip, StandardCharsets.UTF_8);
  }

  private static DecodedText decodeStrict(byte[] bytes, int skip, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) bytes.length + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      return failed(
          bytes, skip, in.position(), "the file is not valid " + charset.name() + " text");
    }
    result = decoder.flush(out);
    if (result.isError()) {
      return failed(
          bytes, skip, in.position(), "the file is not valid " + charset.name() + " text");
    }
    out.flip();
    return DecodedText.ok(out.toString());
  }

  private static DecodedText failed(byte[] bytes, int skip, int badIndex, String problem) {
    String before;
    try {
      before =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE)
              .decode(ByteBuffer.wrap(bytes, skip, Math.max(0, badIndex - skip)))
              .toString();
    } catch (CharacterCodingException e) {
      before = "";
    }
    Position at = new LineIndex(before).position(before.length());
    String where =
        String.format(
            " (byte %d is 0x%02X)", badIndex, bytes[Math.min(badIndex, bytes.length - 1)] & 0xFF);
    return DecodedText.failed(problem + where, at.line(), at.column());
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
