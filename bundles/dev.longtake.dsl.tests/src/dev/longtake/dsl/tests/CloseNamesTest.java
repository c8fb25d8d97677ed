package dev.longtake.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.longtake.dsl.internal.CloseNames;

/** The close names offered for a misspelt one. */
class CloseNamesTest {

	@Test
	void typosAreFoundIgnoringCase() {
		assertEquals(List.of("Ernest"), CloseNames.suggest("Ernst", List.of("Ernest", "Lane", "Field")));
		assertEquals(List.of("Ernest"), CloseNames.suggest("ernest", List.of("Ernest", "Lane")));
		assertEquals(List.of("Classroom"), CloseNames.suggest("Clasroom", List.of("Corridor", "Classroom")));
	}

	@Test
	void theDistanceAllowedGrowsWithTheName() {
		assertEquals(List.of(), CloseNames.suggest("Ax", List.of("Bo")), "two edits in two letters is another name");
		assertEquals(List.of("Bo"), CloseNames.suggest("Ba", List.of("Bo")));
		assertEquals(List.of("Kitchen"), CloseNames.suggest("Kitchn", List.of("Kitchen", "Porch")));
		assertEquals(List.of("Cinematographer"), CloseNames.suggest("Cinematograpehr", List.of("Cinematographer")));
		assertEquals(List.of(), CloseNames.suggest("Moon", List.of("Corridor", "Field")));
	}

	@Test
	void theNameItselfAndEmptyNamesAreNotSuggested() {
		assertEquals(List.of(), CloseNames.suggest("Lane", List.of("Lane")));
		assertEquals(List.of(), CloseNames.suggest("", List.of("A")));
	}

	@Test
	void listsReadAsEnglish() {
		assertEquals("A", CloseNames.orList(List.of("A")));
		assertEquals("A or B", CloseNames.orList(List.of("A", "B")));
		assertEquals("A, B and C", CloseNames.andList(List.of("A", "B", "C")));
	}
}
