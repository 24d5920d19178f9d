package io.remoteassist.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@QuarkusTest
@QuarkusTestResource(value = LocalStackResource.class, restrictToAnnotatedClass = false)
class AdminConsoleIT {

    private static final String DOMAIN = "contoso.test";

    @TestHTTPResource("/admin/")
    URL console;

    @TestHTTPResource("/agents/policy")
    URI endpoint;

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void aBrowser() throws Exception {
        Optional<Path> driver = executable("chromedriver");
        Optional<Path> chromium = executable("chromium").or(() -> executable("chromium-browser"));
        assumeTrue(driver.isPresent() && chromium.isPresent(), "chromium and chromedriver are not installed");
        profile = Files.createTempDirectory("ra-admin-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1600,1100",
            "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        HeadlessChromium.signIn(browser, console.toString(), "console-admin", Api.identity("console-admin", "admin"));
        if (given().get("/api/directory").statusCode() == 404) {
            json(Map.of("domain", DOMAIN, "netbiosName", "CONTOSO")).post("/api/directory").then().statusCode(201);
        }
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aSettingEditedInTheConsoleChangesTheRsopAndReachesTheAgent() throws Exception {
        String n = UUID.randomUUID().toString().substring(0, 6);
        String ou = "Console" + n;
        json(Map.of("path", ou)).post("/api/directory/ous").then().statusCode(201);
        String pc = ou.toLowerCase() + "-pc." + DOMAIN;
        json(Map.of("fqdn", pc, "ou", ou)).post("/api/directory/computers").then().statusCode(201);
        String gpo = PolicyPushIT.gpo("Console RA " + n);
        PolicyPushIT.setting(gpo, "solicited", "enabled control=full maxTicket=2h");
        PolicyPushIT.link(gpo, "ou:" + ou);

        try (PolicyPushIT.TestAgent agent = PolicyPushIT.TestAgent.connect(
            URI.create(endpoint.toString().replaceFirst("^http", "ws")), pc)) {
            assertThat(agent.awaitMessage(0, Duration.ofSeconds(5)).at("/settings/solicited/options/control")
                .asText()).isEqualTo("full");

            browser.get(console.toString());
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.id("status")).getText().equals("ready"));
            browser.findElement(By.cssSelector("#tree li[data-computer='" + pc + "']")).click();
            wait.until(d -> rsopOptions(d).contains("control=full"));

            browser.findElement(By.cssSelector("#gpo-list li[data-id='" + gpo + "']")).click();
            wait.until(d -> d.findElement(By.id("setting-solicited")).isDisplayed());
            assertThat(browser.findElement(By.cssSelector("input[name='state-solicited'][value='enabled']"))
                .isSelected()).isTrue();
            new Select(browser.findElement(By.id("opt-solicited-control"))).selectByValue("view");
            WebElement ticket = browser.findElement(By.id("opt-solicited-maxTicket"));
            ticket.clear();
            ticket.sendKeys("90m");
            browser.findElement(By.id("apply-solicited")).click();

            wait.until(d -> rsopOptions(d).contains("control=view"));
            assertThat(rsopOptions(browser)).contains("maxTicket=90m");
            assertThat(browser.findElement(By.cssSelector("#rsop tr[data-key='solicited'] .winner")).getText())
                .contains("Console RA " + n);

            await().atMost(Duration.ofSeconds(2)).until(() -> agent.messages().stream()
                .anyMatch(m -> "view".equals(m.at("/settings/solicited/options/control").asText())));
            JsonNode pushed = agent.messages().get(agent.messages().size() - 1);
            assertThat(pushed.at("/settings/solicited/options/maxTicket").asText()).isEqualTo("90m");
            agent.send(Map.of("type", "ack", "version", pushed.path("version").asText()));
            wait.until(d -> d.findElements(By.cssSelector("#agents tr[data-computer='" + pc + "'] .applied")).stream()
                .anyMatch(cell -> cell.getText().equals(pushed.path("version").asText())));

            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Path target = Path.of(System.getProperty("ra.admin.screenshot", "target/admin-console.png"));
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theConsoleShowsARefusedSettingWithTheServersReason() {
        String gpo = PolicyPushIT.gpo("Console offer " + UUID.randomUUID().toString().substring(0, 6));
        browser.get(console.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> d.findElement(By.id("status")).getText().equals("ready"));
        browser.findElement(By.cssSelector("#gpo-list li[data-id='" + gpo + "']")).click();
        wait.until(d -> d.findElement(By.id("setting-offer")).isDisplayed());
        browser.findElement(By.cssSelector("input[name='state-offer'][value='enabled']")).click();
        browser.findElement(By.id("apply-offer")).click();
        wait.until(d -> d.findElement(By.id("message-offer")).getText().contains("helpers"));
        assertThat(browser.findElement(By.id("message-offer")).getAttribute("class")).contains("error");
        given().get("/api/policy/gpos/" + gpo).then().statusCode(200);
        assertThat(given().get("/api/policy/gpos/" + gpo).jsonPath().getMap("settings")).isEmpty();
    }

    @Test
    void theConsolesAskForASignInThatAWrongPasswordOrAWrongRoleDoesNotPass() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(console.toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> d.getCurrentUrl().contains("/login.html"));
        Path target = Path.of(System.getProperty("ra.login.screenshot", "target/login-page.png"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
            StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.id("username")).sendKeys("console-admin");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(d -> d.getCurrentUrl().contains("/login.html?error"));
        assertThat(browser.findElement(By.id("error")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("error")).getText()).contains("wrong");

        // a Helper signs in but the Group Policy console is not for Helpers
        browser.manage().deleteAllCookies();
        HeadlessChromium.signIn(browser, console.toString().replace("/admin/", "/console/"), "console-helper",
            Api.identity("console-helper", "helper"));
        browser.get(console.toString());
        assertThat(browser.getPageSource()).doesNotContain("id=\"gpo-list\"");
    }

    /** Read in one script call: the page re-renders the RSoP after every change. */
    private static String rsopOptions(WebDriver d) {
        Object text = ((JavascriptExecutor) d).executeScript("const c = document.querySelector("
            + "\"#rsop tr[data-key='solicited'] .options-text\"); return c ? c.textContent : '';");
        return String.valueOf(text);
    }

    private static Optional<Path> executable(String name) {
        return Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
            .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    private static io.restassured.specification.RequestSpecification json(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body);
    }
}
