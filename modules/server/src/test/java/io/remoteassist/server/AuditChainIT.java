package io.remoteassist.server;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AuditChainIT {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theHashChainVerifiesAndFindsATamperedRow() throws Exception {
        Invitations.Made made = Invitations.make("olga", "olga-pc.example.test", 30);
        String id = made.id();
        assertThat(Invitations.open(id, "bob", "wrong").outcome()).isEqualTo("PASSWORD_REJECTED");
        assertThat(Invitations.open(id, "bob", made.password()).accepted()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(id)).hasSize(3));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
            assertThat(given().get("/api/audit/verify").then().statusCode(200).extract().jsonPath().getList("breaks"))
                .isEmpty());

        String tampered = (String) Api.audit(id).get(1).get("eventId");
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update audit_entry set summary = ? where event_id = ?")) {
            s.setString(1, "nothing happened here");
            s.setString(2, tampered);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        List<Map<String, Object>> breaks = given().get("/api/audit/verify").then().statusCode(200)
            .extract().jsonPath().getList("breaks");
        assertThat(breaks).singleElement().satisfies(b -> {
            assertThat(b).containsEntry("eventId", tampered).containsEntry("aggregateId", id);
            assertThat((String) b.get("reason")).contains("changed");
        });

        given().post("/api/admin/replay/audit").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(Api.audit(id)).hasSize(3);
            assertThat(given().get("/api/audit/verify").then().statusCode(200).extract().jsonPath()
                .getList("breaks")).isEmpty();
        });
    }
}
