package dev.longtake.dsl.scoping;

/**
 * Xtext's default scoping, which the language needs unchanged: a reference sees the names of
 * its own file and, through the index of the resource set, those of every other .shots file of
 * the project folder, filtered by the referenced kind. Names are plain (see
 * {@link dev.longtake.dsl.ShotsRuntimeModule#bindIQualifiedNameProvider()}), so no import or
 * nesting changes what a name means. (Answering from the index alone, without the local scope,
 * was tried: on a 2,000-shot script each resolution then rebuilds the file's index, since
 * linking changes the file.)
 */
public class ShotsScopeProvider extends AbstractShotsScopeProvider {
}
