package io.streampulse.api.browser;

import static io.streampulse.api.browser.PageScripts.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pure logic of the web pages (formatting, merging live events, heatmap and chart scaling, embed URLs, problem
 * documents, escaping), run as the ES modules they are, in the real browser. No Node, no bundler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsModulesBrowserIT {

    private AssetServer assets;
    private Browser browser;
    private PageScripts page;

    @BeforeAll
    void start() {
        assets = AssetServer.start();
        browser = Browser.start(1280, 900);
        browser.driver().get(assets.url() + "/");
        page = new PageScripts(browser.driver());
    }

    @AfterAll
    void stop() {
        browser.close();
        assets.close();
    }

    @Test
    void numbersAndDurationsReadTheSameInEveryLocale() {
        // When counts, durations and shares are formatted
        JsonNode formatted = page.run("format.js", """
            return {
              compact: [950, 1234, 15300, 999999, 2500000, -1500, NaN].map(m.compactNumber),
              grouped: [1234567, -1234, 0, 999.6].map(m.groupedNumber),
              duration: [45, 60, 185, 1500, -1].map(m.duration),
              hours: [12.345, 3, -2].map(m.hours),
              percent: [0.375, 1, 0].map(m.percent),
            };""");

        // Then each reads as written here
        assertThat(formatted).isEqualTo(parse("""
            {"compact": ["950", "1.2K", "15K", "1M", "2.5M", "-1.5K", "–"],
             "grouped": ["1,234,567", "-1,234", "0", "1,000"],
             "duration": ["45 min", "1 h", "3 h 05 min", "25 h", "–"],
             "hours": ["12.3 h", "3 h", "–"],
             "percent": ["38 %", "100 %", "0 %"]}"""));
    }

    @Test
    void timesAreUtcAndAgeIsSaidInWords() {
        // Given a moment seen from several later ones
        JsonNode formatted = page.run("format.js", """
            const at = '2026-03-02T18:00:00Z';
            const now = ['2026-03-02T18:00:30Z', '2026-03-02T18:05:00Z', '2026-03-02T21:00:00Z',
                         '2026-03-04T18:00:00Z', '2026-03-02T17:00:00Z'].map(Date.parse);
            return {
              ago: now.map(n => m.timeAgo(at, n)).concat([m.timeAgo('not a time', now[0])]),
              utc: [m.utcDateTime('2026-03-02T18:05:09.123Z'), m.utcTime('2026-03-02T18:05:09Z'), m.utcDateTime('x')],
            };""");

        // Then the age is in words (a future time is "just now"), and times are UTC to the minute
        assertThat(formatted).isEqualTo(parse("""
            {"ago": ["just now", "5 min ago", "3 h ago", "2 d ago", "just now", ""],
             "utc": ["2026-03-02 18:05 UTC", "18:05", ""]}"""));
    }

    @Test
    void liveEventsMergeWithTheListByIdNewestFirstEachOnce() {
        // Given the list as read, and pushed events: one repeating a listed event (with other content), one new
        JsonNode merged = page.run("events.js", """
            const listed = [
              {event_id: 'a', occurred_at: '2026-03-02T18:00:00Z', text: 'first'},
              {event_id: 'b', occurred_at: '2026-03-02T18:01:00Z', text: 'second'}];
            const pushed = [
              {event_id: 'b', occurred_at: '2026-03-02T18:01:00Z', text: 'second again'},
              {event_id: 'c', occurred_at: '2026-03-02T18:02:00Z', text: 'third'},
              {occurred_at: '2026-03-02T18:03:00Z', text: 'no id'}];
            const copy = JSON.stringify(listed);
            return {
              top2: m.mergeEvents(listed, pushed, 2).map(e => e.text),
              all: m.mergeEvents(listed, pushed, 10).map(e => e.event_id),
              pushedFirst: m.mergeEvents([], [...pushed].reverse(), 10).map(e => e.text),
              none: m.mergeEvents(listed, pushed, 0),
              unchanged: JSON.stringify(listed) === copy,
            };""");

        // Then the newest come first, a repeated id keeps its first copy, and events without an id are dropped
        assertThat(merged).isEqualTo(parse("""
            {"top2": ["third", "second"], "all": ["c", "b", "a"], "pushedFirst": ["third", "second again"],
             "none": [], "unchanged": true}"""));
    }

    @Test
    void eventsAreDescribedFromTheListShapeAndFromThePushedShape() {
        // When events are described as GET /events lists them and as the stream pushes them (the contract's JSON)
        JsonNode described = page.run("events.js", """
            const item = (type, extra) => ({event_id: type, event_type: type, ...extra});
            return [
              item('channel.follow', {actor_name: 'Alice'}),
              item('channel.subscribe', {actor_name: 'Bob', tier: '2000'}),
              item('channel.subscription.gift', {actor_name: null, amount: 5, tier: '1000'}),
              item('channel.subscription.message', {actor_login: 'carol', amount: 14, tier: '3000'}),
              item('channel.cheer', {actor_name: 'Dan', amount: 1}),
              item('channel.raid', {actor_name: 'Eve', amount: 120}),
              item('channel.update', {}),
              item('channel.cheer', {is_anonymous: true, user_name: null, bits: 250}),
              item('channel.raid', {broadcaster_id: '1', from_broadcaster_id: '2', from_broadcaster_name: 'Fay',
                to_broadcaster_id: '1', viewers: 1}),
              item('channel.raid', {broadcaster_id: '1', from_broadcaster_id: '1', to_broadcaster_id: '3',
                to_broadcaster_login: 'gus', viewers: 30}),
              item('channel.update', {title: 'Speedrun', category_name: 'Chess'}),
              item('channel.bits.use', {}),
            ].map(m.describeEvent);""");

        // Then each says what happened, whichever shape it came in
        assertThat(described).isEqualTo(parse("""
            ["Alice followed", "Bob subscribed (Tier 2)", "Anonymous gifted 5 subs (Tier 1)",
             "carol resubscribed (Tier 3), 14 months in total", "Dan cheered 1 bit", "Raid with Eve: 120 viewers",
             "Stream info updated", "Anonymous cheered 250 bits", "Fay raided with 1 viewer",
             "Raided gus with 30 viewers", "Stream info updated: Speedrun · Chess", "channel.bits.use"]"""));
    }

    @Test
    void heatmapCellsScaleToFiveLevelsOnAMondayFirstGrid() {
        // When shares are scaled and a schedule (ISO weekdays, UTC hours) is laid out, with cells out of range
        JsonNode heatmap = page.run("heatmap.js", """
            const grid = m.scheduleGrid([
              {weekday: 1, hour: 18, share: 0.5}, {weekday: 7, hour: 23, share: 1}, {weekday: 'WEDNESDAY', hour: 0,
              share: 0.2}, {weekday: 9, hour: 1, share: 1}, {weekday: 2, hour: 24, share: 1}, {weekday: 3, hour: 5}]);
            return {
              levels: [0, 0.01, 0.25, 0.26, 0.5, 0.75, 1, 1.5, -1, NaN].map(m.level),
              weekdays: [1, 7, 0, 8, 'MONDAY', 'sun', 'Mo', 'x'].map(m.weekdayIndex),
              rows: grid.map(r => r.weekday + ':' + r.cells.length),
              lit: grid.flatMap(r => r.cells.filter(c => c.level > 0).map(c => [r.weekday, c.hour, c.share, c.level])),
            };""");

        // Then a share maps to a quarter step, and only the readable cells are lit
        assertThat(heatmap).isEqualTo(parse("""
            {"levels": [0, 1, 1, 2, 2, 3, 4, 4, 0, 0],
             "weekdays": [0, 6, -1, -1, 0, 6, -1, -1],
             "rows": ["Monday:24", "Tuesday:24", "Wednesday:24", "Thursday:24", "Friday:24", "Saturday:24", "Sunday:24"],
             "lit": [["Monday", 18, 0.5, 2], ["Wednesday", 0, 0.2, 1], ["Sunday", 23, 1, 4]]}"""));
    }

    @Test
    void theDayCurveScalesToRoundNumbersAndBreaksWhereDataIsMissing() {
        // When a day's 5-minute slots (in any order, one unreadable) are laid out in a 340 x 140 box
        JsonNode chart = page.run("chart.js", """
            return {
              ceilings: [0, 1, 7, 12, 120, 4800, 50001].map(m.niceCeiling),
              minutes: ['00:00', '18:05', '23:59', '24:00', '7:05'].map(m.minuteOfDay),
              chart: m.dayChart([{time: '12:00', value: 100}, {time: '00:05', value: 50}, {time: '00:00', value: 0},
                {time: 'noon', value: 5}], {width: 340, height: 140, pad: 20, ticks: 2, gap: 10}),
              empty: m.dayChart([], {ticks: 1}).path,
            };""");

        // Then the axis ends on a round number, the gap from 00:05 to 12:00 is not drawn, and the peak is named
        assertThat(chart).isEqualTo(parse("""
            {"ceilings": [1, 1, 10, 20, 200, 5000, 100000],
             "minutes": [0, 1085, 1439, null, null],
             "chart": {"path": "M20 120 L21 70 M170 20", "top": 100,
                       "yTicks": [{"value": 0, "y": 120}, {"value": 50, "y": 70}, {"value": 100, "y": 20}],
                       "xTicks": [{"label": "00:00", "x": 20}, {"label": "06:00", "x": 95}, {"label": "12:00", "x": 170},
                                  {"label": "18:00", "x": 245}, {"label": "24:00", "x": 320}],
                       "peak": {"time": "12:00", "value": 100}},
             "empty": ""}"""));
    }

    @Test
    void twitchEmbedsNameEveryParentDomainOnce() {
        // When the player and chat URLs are built for the page's host plus configured domains
        JsonNode embeds = page.run("embed.js", """
            const parents = m.embedParents('LocalHost', ['stream.example.com', ' localhost ', '']);
            return {parents, player: m.playerUrl('some_streamer', parents), chat: m.chatUrl('some_streamer', parents)};""");

        // Then each domain is a parent parameter of its own
        assertThat(embeds).isEqualTo(parse("""
            {"parents": ["localhost", "stream.example.com"],
             "player": "https://player.twitch.tv/?channel=some_streamer&parent=localhost&parent=stream.example.com",
             "chat": "https://www.twitch.tv/embed/some_streamer/chat?parent=localhost&parent=stream.example.com"}"""));
    }

    @Test
    void errorAnswersBecomeProblemDocumentsEvenWithoutOne() {
        // When error answers are read: a problem document, no body, and a body that is not a problem
        JsonNode problems = page.run("api.js", """
            return [
              m.toProblem(404, {type: 'urn:streampulse:problem:not-found', title: 'Not found', status: 404,
                detail: 'No channel with this login is known.', instance: '/api/v1/channels/x'}),
              m.toProblem(503, null),
              m.toProblem(500, {message: 'boom'}),
            ];""");

        // Then each is a whole problem document: the API's own, or one named after the status
        assertThat(problems).isEqualTo(parse("""
            [{"type": "urn:streampulse:problem:not-found", "title": "Not found", "status": 404,
              "detail": "No channel with this login is known.", "instance": "/api/v1/channels/x"},
             {"type": "about:blank", "title": "Temporarily unavailable", "status": 503, "detail": "", "instance": null},
             {"type": "about:blank", "title": "Server error", "status": 500, "detail": "", "instance": null}]"""));
    }

    @Test
    void anArrivingEventIsInsertedWhileTheListedOnesStayInPlace() {
        // Given a list showing two events
        JsonNode rendered = page.run("eventlist.js", """
            const list = document.createElement('ol');
            const at = minutes => new Date(Date.now() - minutes * 60000).toISOString();
            const a = {event_id: 'a', event_type: 'channel.follow', actor_name: 'Ann', occurred_at: at(5)};
            const b = {event_id: 'b', event_type: 'channel.cheer', actor_name: 'Ben', amount: 10, occurred_at: at(90)};
            const c = {event_id: 'c', event_type: 'channel.raid', actor_name: 'Cat', amount: 3, occurred_at: at(0)};
            m.renderEvents(list, [a, b]);
            const listedA = list.querySelector('[data-event-id="a"]');
            const added = [];
            const observer = new MutationObserver(changes => changes.forEach(change => change.addedNodes
              .forEach(node => added.push(node.dataset.eventId))));
            observer.observe(list, {childList: true});

            // When a newer event joins them
            m.renderEvents(list, [c, a, b]);
            await new Promise(resolve => setTimeout(resolve, 0));
            observer.disconnect();
            const shown = [...list.children].map(item => [item.dataset.eventId,
              item.querySelector('.event-text').textContent, item.querySelector('time').textContent]);
            const kept = list.querySelector('[data-event-id="a"]') === listedA;
            m.renderEvents(list, [], 'Nothing yet');
            return {shown, added, kept, empty: [...list.children].map(item => item.textContent)};""");

        // Then only the new item was added (the others are the same nodes), newest first, each with its age
        assertThat(rendered).isEqualTo(parse("""
            {"shown": [["c", "Raid with Cat: 3 viewers", "just now"], ["a", "Ann followed", "5 min ago"],
                       ["b", "Ben cheered 10 bits", "1 h ago"]],
             "added": ["c"], "kept": true, "empty": ["Nothing yet"]}"""));
    }

    @Test
    void textFromTheApiIsShownAsTextNeverAsMarkup() {
        // Given an event and a problem whose texts are markup meant to run script
        JsonNode shown = page.run("eventlist.js", """
            const ui = await import('/assets/js/ui.js');
            const api = await import('/assets/js/api.js');
            const list = document.createElement('ol');
            m.renderEvents(list, [{event_id: 'x1', event_type: 'channel.follow', occurred_at: new Date().toISOString(),
              actor_name: '<img src=x onerror="window.pwned=1">'}]);
            const box = ui.problemBox(new api.ApiError(api.toProblem(400, {title: '<b>Bad</b>',
              detail: '<script>window.pwned=2</script>'})));
            document.body.append(list, box);
            await new Promise(resolve => setTimeout(resolve, 100));
            return {
              event: list.querySelector('.event-text').textContent,
              eventId: list.querySelector('li').dataset.eventId,
              problem: [...box.querySelectorAll('p')].map(p => p.textContent),
              role: box.getAttribute('role'),
              elements: list.querySelectorAll('img').length + box.querySelectorAll('b, script').length,
              pwned: window.pwned ?? null,
            };""");

        // Then the markup is visible as written, no element was made of it, and nothing ran
        assertThat(shown).isEqualTo(parse("""
            {"event": "<img src=x onerror=\\"window.pwned=1\\"> followed", "eventId": "x1",
             "problem": ["<b>Bad</b>", "<script>window.pwned=2</script>"], "role": "alert", "elements": 0,
             "pwned": null}"""));
    }
}
