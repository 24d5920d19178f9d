package io.remoteassist.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class ComplianceStreamIT {

    @ConfigProperty(name = "ra.kafka.topic")
    String topic;

    @Test
    void everyEventIsPublishedAsACloudEventKeyedByItsAggregate() {
        Invitations.Made made = Invitations.make("hank", "hank-pc.example.test", 30);
        String id = made.id();
        String sessionId = Invitations.open(id, "bob", made.password()).sessionId();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertThat(Api.audit(id)).hasSize(2));
        List<Map<String, Object>> audit = Api.audit(id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertThat(forAggregate(id)).hasSize(2));

        List<TopicReader.Received> records = forAggregate(id);
        JsonNode createdEvent = records.get(0).event();
        assertThat(records.get(0).key()).isEqualTo(id);
        assertThat(createdEvent.path("specversion").asText()).isEqualTo("1.0");
        assertThat(createdEvent.path("id").asText()).isEqualTo(audit.get(0).get("eventId"));
        assertThat(createdEvent.path("type").asText()).isEqualTo("io.remoteassist.invitation.InvitationCreatedEvent");
        assertThat(createdEvent.path("source").asText()).isNotBlank();
        assertThat(createdEvent.path("subject").asText()).isEqualTo(id);
        assertThat(createdEvent.path("time").asText()).isNotBlank();
        assertThat(createdEvent.path("data").path("user").asText()).isEqualTo("hank");
        assertThat(createdEvent.path("data").toString()).doesNotContain(made.password());
        assertThat(records.get(1).event().path("type").asText())
            .isEqualTo("io.remoteassist.invitation.InvitationAcceptedEvent");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertThat(forAggregate(sessionId)).extracting(r -> r.event().path("type").asText())
                .containsExactly("io.remoteassist.session.SessionRequestedEvent"));
    }

    @Test
    void eventsMadeWhileTheBrokerIsDownArriveInOrderOnceItIsBack() throws Exception {
        LocalStackResource.kafka().stop();
        List<String> aggregates = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Invitations.Made made = Invitations.make("ivy" + i, "ivy" + i + "-pc.example.test", 30);
                String id = made.id();
                assertThat(Invitations.open(id, "bob", "wrong").outcome()).isEqualTo("PASSWORD_REJECTED");
                String session = Invitations.open(id, "bob", made.password()).sessionId();
                Api.consent(session, true).then().statusCode(200);
                Api.end(session, "ivy" + i).then().statusCode(200);
                aggregates.add(id);
                aggregates.add(session);
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(given().get("/q/health/ready").then().extract().jsonPath()
                    .getBoolean("checks.find { it.name == 'kafka-forwarder' }.data.retrying")).isTrue());
        } finally {
            LocalStackResource.kafka().start();
        }

        Map<String, List<String>> expectedIds = new LinkedHashMap<>();
        for (String aggregate : aggregates) {
            expectedIds.put(aggregate, Api.audit(aggregate).stream().map(a -> (String) a.get("eventId")).toList());
            assertThat(expectedIds.get(aggregate)).isNotEmpty();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<TopicReader.Received> all = TopicReader.readAll(LocalStackResource.kafka().bootstrapServers(), topic);
            for (String aggregate : aggregates) {
                List<String> seen = all.stream().filter(r -> aggregate.equals(r.key()))
                    .map(r -> r.event().path("id").asText()).toList();
                // at least once: duplicates may occur, but the first sighting of each id follows event order
                assertThat(seen.stream().distinct().toList()).isEqualTo(expectedIds.get(aggregate));
                Set<Integer> partitions = all.stream().filter(r -> aggregate.equals(r.key()))
                    .map(TopicReader.Received::partition).collect(Collectors.toSet());
                assertThat(partitions).hasSize(1);
            }
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
            assertThat(given().get("/q/health/ready").then().extract().jsonPath()
                .getInt("checks.find { it.name == 'kafka-forwarder' }.data.lag")).isZero());
    }

    private List<TopicReader.Received> forAggregate(String aggregateId) {
        return TopicReader.readAll(LocalStackResource.kafka().bootstrapServers(), topic).stream()
            .filter(r -> aggregateId.equals(r.key())).toList();
    }
}
