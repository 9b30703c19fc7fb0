package dev.hpolint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.hpolint.lsp.testing.LspSession;
import dev.hpolint.lsp.testing.RawConnection;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a broken, hostile or hurried client may send. Whatever it is, the server stays up and every
 * request that can be answered is answered.
 */
class RobustnessTest {
  static final String DOC = "file:///work/project/job.yaml";
  static final String JOB =
      "HyperParameterTuningJobName: x\\nHyperParameterTuningJobConfig:\\n  Strategy: bayesian\\n";

  RawConnection connection;
  int ids = 100;

  @BeforeEach
  void connect() {
    connection = new RawConnection(Duration.ofMillis(20));
  }

  @AfterEach
  void disconnect() {
    connection.close();
  }

  void initialize() {
    connection.request(
        1, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}");
    assertThat(connection.response(1).has("result")).isTrue();
    connection.notify("initialized", "{}");
    connection.notify(
        "textDocument/didOpen",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\", \"languageId\": \"yaml\", \"version\": 1, \"text\": \""
            + JOB
            + "\"}}");
  }

  /** The server still answers a well-formed request, correctly. */
  void assertAlive() {
    int id = ids++;
    connection.request(
        id,
        "textDocument/hover",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\"}, \"position\": {\"line\": 2, \"character\": 4}}");
    JsonObject response = connection.response(id);
    assertThat(response.get("result").getAsJsonObject().get("contents").toString())
        .contains("Strategy");
  }

  int errorCode(JsonObject response) {
    assertThat(response.has("error")).as("an error response: %s", response).isTrue();
    return response.getAsJsonObject("error").get("code").getAsInt();
  }

  @Test
  void requestsBeforeInitializeGetAnError() {
    connection.request(
        5,
        "textDocument/hover",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\"}, \"position\": {\"line\": 0, \"character\": 0}}");

    assertThat(errorCode(connection.response(5)))
        .isEqualTo(ResponseErrorCode.ServerNotInitialized.getValue());
  }

  @Test
  void brokenFramesAndBodiesAreSurvived() {
    initialize();

    connection.sendBytes("hello there\r\n\r\n");
    connection.sendBytes("Content-Length: many\r\n\r\n{}");
    connection.send("{not json at all");
    connection.send("[1, 2, 3]");
    connection.send("\"just a string\"");
    connection.send("{}");
    connection.send(
        "{\"jsonrpc\": \"2.0\", \"id\": 40, \"method\": \"textDocument/hover\", \"params\": {\"textDocument\": ");

    assertAlive();
  }

  @Test
  void everyMalformedRequestIsAnsweredWithAnError() {
    initialize();

    connection.request(10, "textDocument/completion", "42");
    connection.request(
        11, "textDocument/completion", "{\"textDocument\": {\"uri\": \"" + DOC + "\"}}");
    connection.request(
        12,
        "textDocument/codeAction",
        "{\"textDocument\": {\"uri\": \"" + DOC + "\"}, \"range\": \"everywhere\"}");
    connection.request(13, "no/suchMethod", "{}");
    connection.request(14, "textDocument/hover", "null");
    connection.request(15, "textDocument/documentSymbol", "{\"textDocument\": 7}");

    assertThat(errorCode(connection.response(10))).isNotZero();
    assertThat(errorCode(connection.response(11)))
        .isEqualTo(ResponseErrorCode.InvalidParams.getValue());
    assertThat(errorCode(connection.response(12))).isNotZero();
    assertThat(errorCode(connection.response(13)))
        .isEqualTo(ResponseErrorCode.MethodNotFound.getValue());
    assertThat(errorCode(connection.response(14))).isNotZero();
    assertThat(errorCode(connection.response(15))).isNotZero();
    assertAlive();
  }

  @Test
  void oddButWellFormedRequestsGetAnswers() {
    initialize();

    connection.request(
        20,
        "textDocument/hover",
        "{\"textDocument\": {\"uri\": \"file:///not/open.yaml\"}, \"position\": {\"line\": 0, \"character\": 0}}");
    connection.request(
        21,
        "textDocument/completion",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\"}, \"position\": {\"line\": 9999, \"character\": 9999}}");
    connection.request(
        22,
        "textDocument/completion",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\"}, \"position\": {\"line\": -3, \"character\": -7}}");
    connection.request(
        23,
        "textDocument/codeAction",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\"}, \"range\": {\"start\": {\"line\": 5, \"character\": 0}, \"end\": {\"line\": 0, \"character\": 0}}, \"context\": {\"diagnostics\": []}}");
    connection.request(
        24,
        "textDocument/definition",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\"}, \"position\": {\"line\": 1, \"character\": 1000000}}");

    for (int id = 20; id <= 24; id++) {
      assertThat(connection.response(id).has("result")).as("request %d", id).isTrue();
    }
    assertAlive();
  }

  @Test
  void badNotificationsAreLoggedAndDropped() {
    initialize();

    connection.notify(
        "textDocument/didChange",
        "{\"textDocument\": {\"uri\": \"file:///never/opened.yaml\", \"version\": 2}, \"contentChanges\": [{\"text\": \"x\"}]}");
    connection.notify(
        "textDocument/didChange",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\", \"version\": 2}, \"contentChanges\": [{\"range\": {\"start\": {\"line\": 99, \"character\": 500}, \"end\": {\"line\": 120, \"character\": 0}}, \"text\": \"\\n\"}]}");
    connection.notify("textDocument/didOpen", "{\"textDocument\": null}");
    connection.notify("textDocument/didClose", "{}");
    connection.notify(
        "workspace/didChangeConfiguration",
        "{\"settings\": {\"hpolint\": {\"rules\": \"all off\"}}}");
    connection.notify(
        "workspace/didChangeConfiguration",
        "{\"settings\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
    connection.notify("$/unknownNotification", "{}");

    JsonObject log =
        connection.await(
            m -> "window/logMessage".equals(methodOf(m)) && m.toString().contains("not open"));
    assertThat(log.toString()).contains("never/opened.yaml");
    assertAlive();
  }

  @Test
  void aCancelledRequestIsAnsweredAsCancelled() {
    initialize();
    String big = bigDocument(1_000_000).replace("\n", "\\n");
    connection.notify(
        "textDocument/didOpen",
        "{\"textDocument\": {\"uri\": \"file:///work/project/big.yaml\", \"languageId\": \"yaml\", \"version\": 1, \"text\": \""
            + big
            + "\"}}");

    connection.request(
        30,
        "textDocument/codeAction",
        "{\"textDocument\": {\"uri\": \"file:///work/project/big.yaml\"}, \"range\": {\"start\": {\"line\": 0, \"character\": 0}, \"end\": {\"line\": 0, \"character\": 0}}, \"context\": {\"diagnostics\": []}}");
    connection.notify("$/cancelRequest", "{\"id\": 30}");

    assertThat(errorCode(connection.response(30)))
        .isEqualTo(ResponseErrorCode.RequestCancelled.getValue());
    assertAlive();
  }

  @Test
  void shutdownThenExitEndsWithStatusZero() {
    initialize();
    connection.request(50, "shutdown", "null");
    assertThat(connection.response(50).has("result")).isTrue();
    connection.request(
        51,
        "textDocument/hover",
        "{\"textDocument\": {\"uri\": \""
            + DOC
            + "\"}, \"position\": {\"line\": 0, \"character\": 0}}");
    assertThat(errorCode(connection.response(51)))
        .isEqualTo(ResponseErrorCode.InvalidRequest.getValue());

    connection.notify("exit", "null");

    assertThat(connection.running().server().exitCode().join()).isZero();
  }

  @Test
  void memoryDoesNotGrowWithTheNumberOfEdits() throws Exception {
    try (LspSession session =
        new LspSession(LspSession.Setup.DEFAULT.withDebounce(Duration.ofMillis(50)))) {
      String text = bigDocument(5_000);
      String uri = session.open("job.yaml", text);
      session.client().awaitDiagnostics(uri, p -> true, LspSession.WAIT);
      typeAndUndo(session, uri, 200);
      long before = usedHeapAfterGc();

      int last = typeAndUndo(session, uri, 5_000);
      session.awaitVersion(uri, last);
      long after = usedHeapAfterGc();

      assertThat(session.serverInstance().store().size()).isEqualTo(1);
      assertThat(session.serverInstance().store().get(uri).orElseThrow().text()).isEqualTo(text);
      assertThat(session.serverInstance().diagnostics().pendingRuns()).isLessThanOrEqualTo(1);
      // 10,000 versions of a 5 KB text would be 100 MB if kept; allow for noise, not for that.
      assertThat(after - before).as("heap growth in bytes").isLessThan(24L * 1024 * 1024);
    }
  }

  /** Types a character and deletes it again, as many times as asked; returns the last version. */
  private static int typeAndUndo(LspSession session, String uri, int times) {
    int version = 0;
    Position at = new Position(0, 29);
    for (int i = 0; i < times; i++) {
      session.change(uri, new Range(at, at), "y");
      version = session.change(uri, new Range(at, new Position(0, 30)), "");
    }
    return version;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String methodOf(JsonObject message) {
    return message.has("method") ? message.get("method").getAsString() : null;
  }

  /** A valid-looking request of about the given size, padded with static hyperparameters. */
  static String bigDocument(int size) {
    StringBuilder text =
        new StringBuilder(
            """
            HyperParameterTuningJobName: big
            HyperParameterTuningJobConfig:
              Strategy: Random
              ResourceLimits:
                MaxParallelTrainingJobs: 2
            TrainingJobDefinition:
              StaticHyperParameters:
            """);
    int i = 0;
    while (text.length() < size) {
      text.append("    hp_").append(i++).append(": 'value'\n");
    }
    return text.toString();
  }
}
