package org.brieflens.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.brieflens.format.BriefJsonReader;
import org.brieflens.ingest.BriefFileLoader;
import org.brieflens.ingest.LoadedBrief;
import org.brieflens.state.Selection;
import org.brieflens.view.theme.Theme;

/** One export of every view in every format, then its files checked one by one. */
class ExportJobTest {
    private static final List<String> VIEWS = List.of("overview", "network", "spending", "exercises", "actors",
            "source");
    private static final LoadedBrief BUNDLED = BriefFileLoader.loadBundled();

    @TempDir
    static Path everything;

    @TempDir
    Path folder;

    @BeforeAll
    static void exportEverything() throws Exception {
        HeadlessToolkit.start();
        run(new ExportSubject(BUNDLED, Selection.NONE, Theme.LIGHT), request(VIEWS, EnumSet.allOf(ExportFormat.class),
                ImageSize.scale(2), false, everything));
    }

    @Test
    void everyViewIsAPngOfExactlyTheScaledSizeAndNotBlank() throws Exception {
        for (String view : VIEWS) {
            BufferedImage image = ImageIO.read(everything.resolve(view + ".png").toFile());

            assertThat(image.getWidth()).as(view).isEqualTo(1280);
            assertThat(image.getHeight()).as(view).isEqualTo(720);
            assertThat(colours(image)).as(view + ": colours in the image").isGreaterThan(2);
        }
    }

    @Test
    void theNetworkIsDrawnByItsPainterAsVectorsAndOnItsCanvasInThePng() throws Exception {
        String svg = Files.readString(everything.resolve("network.svg"));
        BufferedImage png = ImageIO.read(everything.resolve("network.png").toFile());

        // Labels and dashed links as vectors; the only pictures are the toolbar's icon-font glyphs.
        assertThat(svg).contains(">NATO</text>", "stroke-dasharray");
        assertThat(Pattern.compile("<image [^>]*width=\"(\\d+)").matcher(svg).results()
                .map(match -> Integer.parseInt(match.group(1)))).allMatch(width -> width <= 24);
        // The canvas paints in a later turn of the event queue: the export waits for it.
        assertThat(colours(png.getSubimage(png.getWidth() / 10, png.getHeight() / 5, png.getWidth() / 2,
                png.getHeight() / 2))).isGreaterThan(10);
    }

    @Test
    void anExactPixelSizeIsMetExactly() throws Exception {
        run(light(), request(List.of("actors"), Set.of(ExportFormat.PNG), ImageSize.pixels(1000, 617), false, folder));

        BufferedImage image = ImageIO.read(folder.resolve("actors.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(617);
    }

    @Test
    void aTransparentExportLeavesTheBackgroundClear() throws Exception {
        run(light(), request(List.of("overview"), Set.of(ExportFormat.PNG), ImageSize.scale(1), true, folder));

        BufferedImage clear = ImageIO.read(folder.resolve("overview.png").toFile());
        BufferedImage opaque = ImageIO.read(everything.resolve("overview.png").toFile());
        assertThat(clear.getRGB(2, 2) >>> 24).isZero();
        assertThat(opaque.getRGB(2, 2) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void svgIsXmlWithTheTextAsTextInTheEmbeddedBundledFont() throws Exception {
        for (String view : VIEWS) {
            Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(everything.resolve(view + ".svg").toFile());
            NodeList texts = svg.getElementsByTagName("text");

            assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("640");
            assertThat(texts.getLength()).as(view).isPositive();
            assertThat(((Element) texts.item(0)).getAttribute("font-family")).startsWith("'Noto Sans'");
            assertThat(svg.getElementsByTagName("style").item(0).getTextContent()).contains("@font-face");
        }
        Document source = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(everything.resolve("source.svg").toFile());
        assertThat(source.getDocumentElement().getTextContent()).contains("NATO", "Mark Rutte", "Yokosuka");
    }

    @Test
    void thePdfHasAPagePerViewWithItsTitleCaptionAndSentences() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(everything.resolve("brief.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(VIEWS.size());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(6);
            stripper.setEndPage(6);
            String source = stripper.getText(pdf);

            assertThat(source).contains("Source", BUNDLED.model().brief().title(),
                    "The brief's sentences behind this view", "Yokosuka");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Overview");
        }
    }

    @Test
    void theModelIsWrittenAsDataBesideTheViews() throws Exception {
        assertThat(BriefJsonReader.read(everything.resolve(ExportRequest.MODEL_FILE)).model()).isEqualTo(BUNDLED.model());
        assertThat(everything).isDirectoryContaining("glob:**/actors.csv").isDirectoryContaining("glob:**/links.csv")
                .isDirectoryContaining("glob:**/network.gexf").isDirectoryContaining("glob:**/network.graphml");
    }

    @Test
    void theSelectionIsEmphasisedAsOnScreen() throws Exception {
        run(new ExportSubject(BUNDLED, Selection.actor("jpn"), Theme.LIGHT),
                request(List.of("source"), Set.of(ExportFormat.SVG), ImageSize.scale(1), false, folder));

        // Focused mentions are outlined (1.5 wide); nothing else is when nothing is selected.
        assertThat(Files.readString(folder.resolve("source.svg"))).contains("stroke-width=\"1.5\"");
        assertThat(Files.readString(everything.resolve("source.svg"))).doesNotContain("stroke-width=\"1.5\"");
    }

    @Test
    void anExistingFileStopsTheExportBeforeAnythingIsWritten() throws Exception {
        Files.writeString(folder.resolve("source.svg"), "mine");
        ExportRequest request = request(List.of("actors", "source"), Set.of(ExportFormat.PNG, ExportFormat.SVG),
                ImageSize.scale(1), false, folder);

        assertThatThrownBy(() -> run(light(), request)).isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining("source.svg");

        assertThat(names(folder)).containsExactly("source.svg");
        assertThat(folder.resolve("source.svg")).hasContent("mine");
    }

    @Test
    void anUnknownViewWritesNothingNotEvenTheFolder() {
        Path destination = folder.resolve("out");

        assertThatThrownBy(() -> run(light(), request(List.of("atlas"), Set.of(ExportFormat.PNG), ImageSize.scale(1),
                false, destination))).isInstanceOf(UnknownViewException.class)
                .hasMessage("unknown view 'atlas': the views are " + String.join(", ", VIEWS));

        assertThat(destination).doesNotExist();
    }

    private static ExportSubject light() {
        return new ExportSubject(BUNDLED, Selection.NONE, Theme.LIGHT);
    }

    /** Views are laid out at 640 x 360 to keep the test quick; the command line's default is 1280 x 720. */
    private static ExportRequest request(List<String> views, Set<ExportFormat> formats, ImageSize size,
            boolean transparent, Path folder) {
        return new ExportRequest(views, formats, size, transparent, 640, 360, folder, false);
    }

    private static ExportResult run(ExportSubject subject, ExportRequest request)
            throws IOException, UnknownViewException {
        return new ExportJob(subject, request, new ExportTimings()).run(ExportJob.Progress.NONE);
    }

    private static long colours(BufferedImage image) {
        return Stream.iterate(0, i -> i + 97).limit((long) image.getWidth() * image.getHeight() / 97)
                .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth())).distinct().count();
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
