package dev.longtake.dsl.tests;

import java.util.Locale;

import dev.longtake.dsl.prompt.PromptCompiler;
import dev.longtake.dsl.prompt.StandardPromptCompiler;
import dev.longtake.model.Shot;

/** A third party's prompt compiler: the standard text in capitals, contributed by fragment.xml. */
public final class ShoutingPromptCompiler implements PromptCompiler {

	@Override
	public String prompt(Shot shot) {
		return StandardPromptCompiler.INSTANCE.prompt(shot).toUpperCase(Locale.ROOT);
	}
}
