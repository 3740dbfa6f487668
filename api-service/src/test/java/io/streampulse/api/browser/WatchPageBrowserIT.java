package io.streampulse.api.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.streampulse.twitchsim.truth.SessionRecord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A person in a real (headless) browser: logs in through the simulated Twitch's consent page, picks a favourite on
 * the watch page, sees the embedded player and chat, and sees a channel event triggered at "Twitch" arrive in the
 * list without a reload; the event travels the real path (signed EventSub webhook → ingest-service →
 * twitch.channel.events.v1 → api-service's Server-Sent Events, and archive-service for the list after a reload).
 * One scenario in steps, sharing one browser and one stack.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchPageBrowserIT {

    private static final Duration PAGE = Duration.ofSeconds(30);
    private static final Duration PIPELINE = Duration.ofSeconds(90);

    private WebStack stack;
    private Browser browser;
    private ChromeDriver driver;
    private PageScripts page;
    private String viewer;
    private SessionRecord favourite;
    private String firstEvent;

    @BeforeAll
    void start() {
        stack = WebStack.start();
        List<SessionRecord> live = stack.sim().groundTruth().liveSessions();
        favourite = live.get(0);
        viewer = live.get(1).login();
        browser = Browser.start(1280, 900);
        driver = browser.driver();
        page = new PageScripts(driver);
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    @Test
    @Order(1)
    void cancellingAtTwitchSaysSoAndLeavesThePersonSignedOut() {
        // Given the dashboard of someone not signed in
        driver.get(stack.url("/"));

        // When they follow "Log in with Twitch" but cancel on Twitch's consent page
        waitFor(By.id("login")).click();
        waitFor(By.id("deny")).click();

        // Then they are back on the dashboard, told the login was cancelled, still signed out
        WebElement alert = waitFor(By.id("login-error"));
        assertThat(alert.getAttribute("role")).isEqualTo("alert");
        assertThat(alert.getText()).contains("cancelled");
        assertThat(driver.findElement(By.id("login")).isDisplayed()).isTrue();
        assertThat(page.get("/api/v1/me").at("/status").asInt()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void logsInWithTwitchThroughTheConsentPage() {
        // Given the dashboard of someone not signed in
        driver.get(stack.url("/"));

        // When they follow "Log in with Twitch" and approve on Twitch's consent page as themselves
        waitFor(By.id("login")).click();
        WebElement login = waitFor(By.name("login"));
        assertThat(driver.getCurrentUrl()).startsWith(stack.sim().authUrl() + "/authorize?");
        login.clear();
        login.sendKeys(viewer);
        driver.findElement(By.id("approve")).click();

        // Then they are back on the dashboard, signed in as themselves, offered the streamer's grant and a log-out
        waitFor(By.id("signed-in-as"));
        assertThat(driver.getCurrentUrl()).isEqualTo(stack.url("/"));
        JsonNode me = page.get("/api/v1/me");
        assertThat(me.at("/body/login").asText()).as(me.toString()).isEqualTo(viewer);
        assertThat(driver.findElement(By.id("grant")).getAttribute("href"))
            .isEqualTo(stack.url("/auth/login?grant=channel"));
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).isTrue();
    }

    @Test
    @Order(3)
    void choosesAFavouriteAndWatchesItsPlayerAndChat() {
        // Given the watch page of a user without a favourite
        driver.findElement(By.linkText("Watch")).click();
        WebElement field = waitFor(By.id("favourite-login"));

        // When they name their favourite streamer
        field.sendKeys(favourite.login());
        driver.findElement(By.cssSelector("#favourite-form button[type=submit]")).click();

        // Then the page shows that channel's player and chat, embedded for this page's host and the extra domain
        await().atMost(PAGE).ignoreExceptions().until(() -> driver.findElement(By.id("watch-area")).isDisplayed());
        String parents = "parent=localhost&parent=" + WebStack.EXTRA_EMBED_PARENT;
        assertThat(driver.findElement(By.id("player-frame")).getAttribute("src"))
            .isEqualTo("https://player.twitch.tv/?channel=" + favourite.login() + "&" + parents);
        assertThat(driver.findElement(By.id("chat-frame")).getAttribute("src"))
            .isEqualTo("https://www.twitch.tv/embed/" + favourite.login() + "/chat?" + parents);
        JsonNode me = page.get("/api/v1/me");
        assertThat(me.at("/body/favourite/login").asText()).as(me.toString()).isEqualTo(favourite.login());

        // And its event list is read and its live stream open
        awaitEventsReady();
        assertThat(driver.findElements(By.cssSelector("#event-list li.event"))).isEmpty();
    }

    @Test
    @Order(4)
    void anEventAtTwitchAppearsInTheListWithoutAReload() {
        // Given ingest has subscribed to the favourite's events at Twitch (it follows the watchlist the API writes)
        SimAdmin twitch = stack.simAdmin();
        await().atMost(PIPELINE).untilAsserted(() -> assertThat(twitch.enabledTypes(favourite.broadcasterId()))
            .as(stack.diagnostics()).contains("channel.update"));
        driver.executeScript("window.sameDocument = 'still here';");

        // When the channel changes its title at Twitch (delivered to ingest as a signed EventSub webhook)
        List<String> sent = twitch.trigger("channel.update", favourite.broadcasterId());

        // Then the event appears at the top of the list, in the same document (no reload)
        assertThat(sent).hasSize(1);
        firstEvent = sent.get(0);
        await().atMost(PIPELINE).until(() -> eventIds().equals(List.of(firstEvent)));
        assertThat(driver.findElement(By.cssSelector("#event-list li.event .event-text")).getText())
            .startsWith("Stream info updated");
        assertThat(driver.executeScript("return window.sameDocument;")).isEqualTo("still here");
    }

    @Test
    @Order(5)
    void afterAReloadTheListComesFromTheArchiveAndNewEventsJoinItOnce() {
        // Given archive-service has stored the first event (the list endpoint reads the archive)
        String recent = "/api/v1/channels/" + favourite.login() + "/events?limit=10";
        await().atMost(PIPELINE).untilAsserted(() -> {
            JsonNode listed = page.get(recent);
            assertThat(listed.at("/body/data/0/event_id").asText()).as(listed.toString()).isEqualTo(firstEvent);
        });

        // When the page is reloaded and another event happens
        driver.navigate().refresh();
        awaitEventsReady();
        assertThat(eventIds()).containsExactly(firstEvent);
        List<String> sent = stack.simAdmin().trigger("channel.update", favourite.broadcasterId());

        // Then the new one comes first and each event is listed once
        await().atMost(PIPELINE).until(() -> eventIds().equals(List.of(sent.get(0), firstEvent)));
    }

    @Test
    @Order(6)
    void thePagesFitAPhoneScreenWithoutScrollingSideways() {
        // Given a 360 px wide window
        driver.manage().window().setSize(new Dimension(360, 780));
        try {
            for (String path : List.of("/", "/watch", "/channels/" + favourite.login())) {
                // When a page has loaded everything it shows
                driver.get(stack.url(path));
                await().atMost(PAGE).until(() -> driver.findElements(By.cssSelector("[aria-busy]")).isEmpty()
                    && !driver.findElements(By.id("signed-in-as")).isEmpty());

                // Then nothing sticks out of the screen's width
                JsonNode layout = page.run("dom.js", """
                    const outside = [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5
                        && !e.parentElement.closest('.table-scroll, .frame-scroll'))
                      .map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className}: ${Math.round(e.getBoundingClientRect().right)}`);
                    return {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, outside};""");
                assertThat(layout.get("scrollWidth").asInt()).as(path + " " + layout)
                    .isLessThanOrEqualTo(layout.get("innerWidth").asInt());
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    @Order(7)
    void aChannelNobodyKnowsShowsTheApisProblemInWords() {
        // When the page of a channel StreamPulse has never seen is opened
        driver.get(stack.url("/channels/nobody_knows_me"));
        WebElement problem = waitFor(By.cssSelector("#channel-profile .problem[role=alert]"));

        // Then it shows the API's problem document (title and detail) and nothing else of the channel
        JsonNode answer = page.get("/api/v1/channels/nobody_knows_me");
        assertThat(answer.at("/status").asInt()).as(answer.toString()).isEqualTo(404);
        assertThat(problem.findElements(By.tagName("p")).stream().map(WebElement::getText).toList())
            .containsExactly(answer.at("/body/title").asText(), answer.at("/body/detail").asText());
        assertThat(driver.findElement(By.id("channel-details")).isDisplayed()).isFalse();
    }

    @Test
    @Order(8)
    void clearsTheFavouriteAndLogsOut() {
        // Given the watch page of the favourite
        driver.get(stack.url("/watch"));
        waitFor(By.id("clear-favourite")).click();

        // When the favourite is cleared, then the page asks for one again
        waitFor(By.id("favourite-form"));
        JsonNode me = page.get("/api/v1/me");
        assertThat(me.at("/body/favourite").isNull()).as(me.toString()).isTrue();

        // When they log out, then they are on the dashboard, signed out
        driver.findElement(By.id("logout")).click();
        waitFor(By.id("login"));
        assertThat(driver.getCurrentUrl()).isEqualTo(stack.url("/"));
        assertThat(page.get("/api/v1/me").at("/status").asInt()).isEqualTo(401);
    }

    private WebElement waitFor(By locator) {
        return await().atMost(PAGE).ignoreExceptions().until(() -> driver.findElement(locator), WebElement::isDisplayed);
    }

    private void awaitEventsReady() {
        await().atMost(PAGE).ignoreExceptions().until(() -> {
            WebElement events = driver.findElement(By.id("events"));
            return "open".equals(events.getAttribute("data-stream")) && "true".equals(events.getAttribute("data-loaded"));
        });
    }

    /** The ids of the listed events, top first (read in one go: the list is re-rendered as events arrive). */
    private List<String> eventIds() {
        Object ids = driver.executeScript(
            "return [...document.querySelectorAll('#event-list li.event')].map(item => item.dataset.eventId);");
        return ((List<?>) ids).stream().map(String::valueOf).toList();
    }
}
