package org.brieflens.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.brieflens.Version;

/** Help › About: the version, the licence and the licences of what BriefLens bundles. */
final class AboutDialog {
    static final String LICENCES = String.join("\n",
            "BriefLens is licensed under the Apache License 2.0.",
            "",
            "It bundles:",
            "  OpenJFX 21 — GPL v2 with the Classpath Exception",
            "  TilesFX, Toolbox, ToolboxFX, Heatmap, Countries (Gerrit Grunwald) — Apache 2.0",
            "  ControlsFX — BSD 3-Clause",
            "  AtlantaFX — MIT",
            "  Ikonli and the Material Design Icons pack — Apache 2.0",
            "  Jackson — Apache 2.0",
            "  picocli — Apache 2.0",
            "  Apache PDFBox, FontBox and Commons Logging — Apache 2.0",
            "  Monocle (OpenJFX, for exporting without a display) — GPL v2 with the Classpath Exception",
            "  Noto Sans (Google) — SIL Open Font License 1.1");

    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("About BriefLens");
        alert.setHeaderText("BriefLens " + Version.get());
        Label what = new Label("Turns a security brief into an explorable model of actors and partnerships.");
        what.setWrapText(true);
        Label licences = new Label(LICENCES);
        alert.getDialogPane().setContent(new VBox(12, what, licences));
        alert.showAndWait();
    }
}
