package dev.timeline.server;

import static dev.timeline.server.TimelineServiceTest.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.joestelmach.natty.DateGroup;
import com.joestelmach.natty.Parser;
import dev.timeline.proto.v1.TimelineServiceGrpc;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The server's runtime classpath drops commons-codec and upgrades commons-logging under Natty
 * (server/pom.xml): Natty's holiday and season lookups, the one path that reaches ical4j and its
 * commons libraries, still work.
 */
class RuntimeDependenciesTest {
  @Test
  void nattyResolvesHolidaysAndSeasonsThroughIcal4j() {
    Parser natty = new Parser(TimeZone.getTimeZone("UTC"));
    assertThat(dayOf(natty.parse("Kwanzaa 2014"))).isEqualTo(LocalDate.of(2014, 12, 26));
    assertThat(dayOf(natty.parse("Groundhog Day 2015"))).isEqualTo(LocalDate.of(2015, 2, 2));
    assertThat(dayOf(natty.parse("first day of winter 2014"))).isEqualTo(LocalDate.of(2014, 12, 21));
  }

  private static LocalDate dayOf(List<DateGroup> groups) {
    return groups.get(0).getDates().get(0).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
  }

  @Test
  void theEngineFallsBackToNattyNextToHolidayNames() {
    try (EmbeddedServer server = EmbeddedServer.start()) {
      String text = "Code 99-99-99 on Kwanzaa. Code 99-99-99 on Groundhog Day. "
          + "Code 99-99-99 on Boxing Day.";
      var response = TimelineServiceGrpc.newBlockingStub(server.channel())
          .extractTimeline(request("natty", text));
      assertThat(response.getTemporalExpressionsList())
          .extracting(e -> e.getSpan().getText() + "=" + e.getValue())
          .containsExactly("Boxing Day=2014-12-26");
    }
  }
}
