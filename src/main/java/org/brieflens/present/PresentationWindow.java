package org.brieflens.present;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * The full-screen presentation: one slide at a time, each a view under a title line and above
 * a footer that cites the brief, driven from the keyboard alone. No menus, toolbars or
 * notifications; the screen can be blanked and a halo can follow the pointer.
 */
public final class PresentationWindow {
    public static final String SLIDE = "bl-slide";
    public static final String TITLE = "bl-slide-title";
    public static final String SPOTLIGHT = "bl-slide-spotlight";
    public static final String FOOTER = "bl-slide-footer";
    public static final String BLANK = "bl-slide-blank";
    public static final String HALO = "bl-pointer-halo";
    static final double HALO_RADIUS = 56;

    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final SlideDeck deck;
    private final Function<String, Slide> slides;
    private final BorderPane slide = new BorderPane();
    private final Label title = new Label();
    private final Circle halo = new Circle(HALO_RADIUS);
    private final Scene scene;

    /**
     * @param slides    makes the slide of a view id when it is shown
     * @param citation  the footer's reference to the brief
     * @param spotlight what is selected, shown beside the title
     */
    public PresentationWindow(SlideDeck deck, Function<String, Slide> slides, String citation,
            ObservableValue<String> spotlight, Rectangle2D screen) {
        this.deck = deck;
        this.slides = slides;
        title.getStyleClass().add(TITLE);
        Label spotlit = new Label();
        spotlit.textProperty().bind(Bindings.createStringBinding(
                () -> spotlight.getValue().isEmpty() ? "" : "Spotlight: " + spotlight.getValue(), spotlight));
        spotlit.getStyleClass().add(SPOTLIGHT);
        Label cited = new Label(citation);
        cited.getStyleClass().add(FOOTER);
        Label number = new Label();
        number.getStyleClass().add(FOOTER);
        number.textProperty().bind(Bindings.createStringBinding(
                () -> (deck.current() + 1) + " / " + deck.size(), deck.currentProperty()));
        slide.setTop(row(title, spotlit));
        slide.setBottom(row(cited, number));
        slide.getStyleClass().add(SLIDE);

        Region blank = new Region();
        blank.getStyleClass().add(BLANK);
        blank.visibleProperty().bind(deck.blankedProperty());
        halo.getStyleClass().add(HALO);
        halo.setManaged(false);
        halo.visibleProperty().bind(deck.haloProperty());
        Pane haloLayer = new Pane(halo);
        haloLayer.setMouseTransparent(true);
        StackPane root = new StackPane(new SlideFrame(slide), blank, haloLayer);
        root.getStyleClass().add("bl-presentation");

        scene = new Scene(root, screen.getWidth(), screen.getHeight());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (PresentationKeys.handle(event.getCode(), deck, this::close)) {
                event.consume();
            }
        });
        // Slides take no typing: a key that drives the presentation must not also type into a view.
        scene.addEventFilter(KeyEvent.KEY_TYPED, KeyEvent::consume);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::follow);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::follow);
        deck.currentProperty().addListener((observable, old, index) -> showCurrent());
        showCurrent();

        // A borderless window over the whole screen rather than JavaFX's full-screen mode, which
        // shows its own exit notice and animates it: nothing may pop up while presenting.
        stage.setScene(scene);
        stage.setTitle("BriefLens presentation");
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setWidth(screen.getWidth());
        stage.setHeight(screen.getHeight());
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.requestFocus();
    }

    public void close() {
        stage.close();
    }

    /** Runs {@code action} once the presentation has closed, however it was closed. */
    public void onClosed(Runnable action) {
        stage.setOnHidden(event -> action.run());
    }

    private void showCurrent() {
        Slide current = slides.apply(deck.currentViewId());
        title.setText(current.title());
        slide.setCenter(null);
        slide.setCenter(current.content());
    }

    private void follow(MouseEvent event) {
        halo.setCenterX(event.getSceneX());
        halo.setCenterY(event.getSceneY());
    }

    private static HBox row(Label left, Label right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(left, spacer, right);
        row.getStyleClass().add("bl-slide-row");
        return row;
    }
}
