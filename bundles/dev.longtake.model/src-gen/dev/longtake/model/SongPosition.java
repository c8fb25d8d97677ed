/**
 */
package dev.longtake.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Song Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A point on the song, written as time or as bar.beat.
 * <!-- end-model-doc -->
 *
 *
 * @see dev.longtake.model.LongtakePackage#getSongPosition()
 * @model abstract="true"
 * @generated
 */
public interface SongPosition extends EObject {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds from the start of the song, given the tempo (null when there is none) and beats per bar; null when the position cannot be placed without a tempo.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Double toSeconds(Double tempo, int beatsPerBar);

} // SongPosition
