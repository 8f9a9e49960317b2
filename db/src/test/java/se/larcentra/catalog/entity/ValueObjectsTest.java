package se.larcentra.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 50, 75, 100, 33})
    void paceAcceptsAnyPercentageFromOneToHundred(int percent) {
        assertThat(Pace.percent(percent).percentage()).hasValue(percent);
        assertThat(Pace.percent(percent).isIndividual()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 101, 200})
    void paceRejectsPercentagesOutsideOneToHundred(int percent) {
        assertThatThrownBy(() -> Pace.percent(percent)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void individualPaceHasNoPercentage() {
        assertThat(Pace.individual().percentage()).isEmpty();
        assertThat(Pace.individual()).isEqualTo(Pace.individual()).isNotEqualTo(Pace.percent(100));
        assertThat(Pace.percent(50)).isEqualTo(Pace.percent(50)).hasSameHashCodeAs(Pace.percent(50));
    }

    @Test
    void courseCodesCompareWithoutCaseOrSurroundingSpace() {
        assertThat(new CourseCode(" maga11 ")).isEqualTo(new CourseCode("MAGA11"));
        assertThatThrownBy(() -> new CourseCode("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CourseCode("a b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feeIsNeverNegativeAndComparesByValue() {
        assertThatThrownBy(() -> new Fee(new BigDecimal("-1"), "SEK")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fee(BigDecimal.TEN, "kr")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Fee(new BigDecimal("100.00"), "SEK")).isEqualTo(new Fee(new BigDecimal("100"), "SEK"));
        assertThat(Fee.free().isFree()).isTrue();
    }

    @Test
    void courseTextNeedsATitle() {
        assertThatThrownBy(() -> new CourseText(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void courseFallsBackToTheOtherLanguage() {
        Course onlySwedish = new Course(new Provider("Komvux Torsby", ProviderType.KOMVUX), new CourseCode("SVASVA1"),
                Map.of("sv", new CourseText("Svenska som andraspråk 1", "")), "swedish-second-language",
                StudyLevel.KOMVUX_UPPER_SECONDARY);
        assertThat(onlySwedish.title("en")).isEqualTo("Svenska som andraspråk 1");
        assertThat(onlySwedish.textLanguage("en")).isEqualTo("sv");
        Course onlyEnglish = new Course(new Provider("Uni", ProviderType.UNIVERSITY), new CourseCode("EN1"),
                Map.of("en", new CourseText("Academic writing", "")), "english", StudyLevel.UNIVERSITY);
        assertThat(onlyEnglish.title("sv")).isEqualTo("Academic writing");
    }

    @Test
    void creditsArePositiveUnlessTheCourseHasNone() {
        Course course = new Course(new Provider("Uni", ProviderType.UNIVERSITY), new CourseCode("X1"),
                Map.of("sv", new CourseText("X", "")), "other", StudyLevel.UNIVERSITY);
        assertThatThrownBy(() -> course.award(BigDecimal.ZERO, CreditSystem.HP)).isInstanceOf(IllegalArgumentException.class);
        course.award(new BigDecimal("7.5"), CreditSystem.HP);
        assertThat(course.getCredits()).contains(new BigDecimal("7.5"));
        course.award(null, CreditSystem.NONE);
        assertThat(course.getCredits()).isEmpty();
    }

    @Test
    void subjectIsAKey() {
        assertThatThrownBy(() -> new Course(new Provider("Uni", ProviderType.UNIVERSITY), new CourseCode("X1"),
                Map.of("sv", new CourseText("X", "")), "Matematik!", StudyLevel.UNIVERSITY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
