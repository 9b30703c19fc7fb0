package dev.hpolint.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeOutputMembersTest {

  @Test
  void listsSortedOutputOnlyMembersThatTheRequestDoesNotAccept() {
    List<String> members = new ArrayList<>();
    TestJson.resource(SchemaResources.DESCRIBE_OUTPUT_MEMBERS)
        .get("members")
        .forEach(m -> members.add(m.asText()));
    JsonNode request =
        TestJson.resource(SchemaResources.REQUEST_SCHEMA)
            .at("/$defs/CreateHyperParameterTuningJobRequest/properties");

    assertThat(members)
        .isSorted()
        .contains(
            "ResponseMetadata",
            "HyperParameterTuningJobArn",
            "HyperParameterTuningJobStatus",
            "CreationTime",
            "BestTrainingJob",
            "TrainingJobStatusCounters")
        .allSatisfy(m -> assertThat(request.has(m)).as(m).isFalse());
  }
}
