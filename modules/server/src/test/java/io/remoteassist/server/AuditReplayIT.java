package io.remoteassist.server;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AuditReplayIT {

    @Test
    void aRebuiltAuditTrailEqualsTheOriginal() {
        Invitations.Made made = Invitations.make("judy", "judy-pc.example.test", 30);
        String id = made.id();
        assertThat(Invitations.open(id, "bob", "wrong").outcome()).isEqualTo("PASSWORD_REJECTED");
        assertThat(Invitations.open(id, "bob", made.password()).accepted()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(Api.audit(id)).hasSize(3));
        await().atMost(Duration.ofSeconds(20)).until(() -> allRows().equals(allRows()) && !allRows().isEmpty());
        List<Map<String, Object>> before = allRows();

        given().post("/api/admin/replay/audit").then().statusCode(202);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(allRows()).isEqualTo(before));
    }

    @Test
    void anUnknownProjectionCannotBeReplayed() {
        given().post("/api/admin/replay/nothing").then().statusCode(404);
    }

    private static List<Map<String, Object>> allRows() {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        int page = 0;
        while (true) {
            var json = given().queryParam("page", page).queryParam("size", 500).get("/api/audit")
                .then().statusCode(200).extract().jsonPath();
            rows.addAll(json.getList("items"));
            if (json.get("next") == null) {
                return rows;
            }
            page++;
        }
    }
}
