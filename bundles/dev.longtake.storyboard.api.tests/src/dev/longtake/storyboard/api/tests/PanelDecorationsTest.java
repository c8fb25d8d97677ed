package dev.longtake.storyboard.api.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.longtake.model.Ledger;
import dev.longtake.model.LongtakeFactory;
import dev.longtake.model.Shot;
import dev.longtake.model.Take;
import dev.longtake.storyboard.api.PanelBadge;
import dev.longtake.storyboard.api.PanelContext;
import dev.longtake.storyboard.api.PanelDecorations;

/** The extension point dev.longtake.storyboard.api.panelDecorations, as this bundle's plugin.xml uses it. */
class PanelDecorationsTest {

    private static Shot shot(String name) {
        Shot shot = LongtakeFactory.eINSTANCE.createShot();
        shot.setName(name);
        return shot;
    }

    private static Ledger ledgerWithTakesOf(String shotName, int count) {
        Ledger ledger = LongtakeFactory.eINSTANCE.createLedger();
        for (int i = 1; i <= count; i++) {
            Take take = LongtakeFactory.eINSTANCE.createTake();
            take.setShotName(shotName);
            take.setId(shotName + "." + i);
            ledger.getTakes().add(take);
        }
        return ledger;
    }

    @Test
    void theContributedDecoratorsThatCanBeCreatedAreListedInTheirOrder() {
        List<String> ids = PanelDecorations.contributed().stream().map(PanelDecorations.Contribution::id).toList();
        assertEquals(List.of("dev.longtake.storyboard.api.tests.failing", "dev.longtake.storyboard.api.tests.takes"), ids);
    }

    @Test
    void aPanelGetsTheBadgesOfEveryDecoratorAndAFailingOneIsSkipped() {
        PanelContext context = new PanelContext(null, ledgerWithTakesOf("Pier", 3));

        List<PanelBadge> badges = PanelDecorations.badges(PanelDecorations.contributed(), shot("Pier"), context);

        assertEquals(List.of(new PanelBadge("3", "3 takes rendered", PanelBadge.Corner.BOTTOM_RIGHT, 0x2E7D32)), badges);
        assertEquals(List.of(), PanelDecorations.badges(PanelDecorations.contributed(), shot("Boat"), context));
    }

    @Test
    void withoutALedgerAShotHasNoTakes() {
        assertEquals(List.of(), new PanelContext(null, null).takesOf(shot("Pier")));
    }

    @Test
    void aBadgeNeedsATextAndAnRgbColour() {
        assertThrows(IllegalArgumentException.class, () -> PanelBadge.of(" ", "nothing"));
        assertThrows(IllegalArgumentException.class,
                () -> new PanelBadge("x", "", PanelBadge.Corner.TOP_LEFT, 0x1000000));
    }
}
