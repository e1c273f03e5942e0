package org.brieflens.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.brieflens.model.LinkKind;

/** The probe format that the probe report reads, and the probe files kept under the test resources. */
class LinkProbeTest {
    @TempDir
    Path folder;

    private Path file(String... lines) throws IOException {
        return Files.write(folder.resolve("probes-T.txt"), List.of(lines));
    }

    @Test
    void aProbeIsItsTextAndTheLinksNamedBySubstringsOfIt() throws IOException {
        List<LinkProbe> probes = LinkProbe.read(file(
                "# T-001 wire: a protest",
                "T: Manila protested after the China Coast Guard fired water cannon at a Philippine supply boat.",
                "L: Manila | condemnation | China Coast Guard",
                "L: China Coast Guard | coercion | Philippine",
                "",
                "# T-002 no link",
                "T: Japan and Vietnam both border the South China Sea.",
                "N:"));

        assertThat(probes).extracting(LinkProbe::id).containsExactly("T-001", "T-002");
        assertThat(probes.get(0).links()).containsExactly(
                new LinkProbe.Expected("Manila", LinkKind.CONDEMNATION, "China Coast Guard"),
                new LinkProbe.Expected("China Coast Guard", LinkKind.COERCION, "Philippine"));
        assertThat(probes.get(1).links()).isEmpty();
    }

    @Test
    void anEndThatIsNotInTheTextIsRefusedWithItsFileAndLine() throws IOException {
        Path probes = file("# T-001", "T: Seoul condemned the launch.", "L: Seoul | condemnation | Pyongyang");

        assertThatThrownBy(() -> LinkProbe.read(probes)).isInstanceOf(IOException.class)
                .hasMessage(probes + ":3: 'Pyongyang' is not in the probe's text");
    }

    @Test
    void anUnknownKindIsRefusedWithItsFileAndLine() throws IOException {
        Path probes = file("# T-001", "T: Seoul condemned Pyongyang.", "L: Seoul | scolding | Pyongyang");

        assertThatThrownBy(() -> LinkProbe.read(probes)).isInstanceOf(IOException.class)
                .hasMessage(probes + ":3: unknown link kind 'scolding'");
    }

    @Test
    void everyProbeFileKeptWithTheTestsIsWellFormed() throws IOException {
        try (Stream<Path> files = Files.list(LinkProbeReport.PROBES)) {
            List<Path> probeFiles = files.filter(file -> file.toString().endsWith(".txt")).toList();

            assertThat(probeFiles).isNotEmpty();
            for (Path probeFile : probeFiles) {
                assertThat(LinkProbe.read(probeFile)).isNotEmpty().allSatisfy(probe -> assertThat(probe.text()).isNotBlank());
            }
        }
    }
}
