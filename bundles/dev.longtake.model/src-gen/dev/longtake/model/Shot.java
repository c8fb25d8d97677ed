/**
 */
package dev.longtake.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One generation of a given length: the unit a backend renders. Its name keys its takes in the ledger.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Shot#getDuration <em>Duration</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getStyle <em>Style</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getTakesWanted <em>Takes Wanted</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getBackend <em>Backend</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getContinues <em>Continues</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getImageInput <em>Image Input</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getCamera <em>Camera</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getBeats <em>Beats</em>}</li>
 *   <li>{@link dev.longtake.model.Shot#getSequence <em>Sequence</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getShot()
 * @model
 * @generated
 */
public interface Shot extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the generation, in seconds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(double)
	 * @see dev.longtake.model.LongtakePackage#getShot_Duration()
	 * @model
	 * @generated
	 */
	double getDuration();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(double value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' reference.
	 * @see #setStyle(Style)
	 * @see dev.longtake.model.LongtakePackage#getShot_Style()
	 * @model
	 * @generated
	 */
	Style getStyle();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getStyle <em>Style</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(Style value);

	/**
	 * Returns the value of the '<em><b>Takes Wanted</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many takes to render (the DSL's 'takes N').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Takes Wanted</em>' attribute.
	 * @see #setTakesWanted(int)
	 * @see dev.longtake.model.LongtakePackage#getShot_TakesWanted()
	 * @model default="1"
	 * @generated
	 */
	int getTakesWanted();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getTakesWanted <em>Takes Wanted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Takes Wanted</em>' attribute.
	 * @see #getTakesWanted()
	 * @generated
	 */
	void setTakesWanted(int value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Backend name overriding the project's default; null when not given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see dev.longtake.model.LongtakePackage#getShot_Backend()
	 * @model
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #isSetSeed()
	 * @see #unsetSeed()
	 * @see #setSeed(long)
	 * @see dev.longtake.model.LongtakePackage#getShot_Seed()
	 * @model unsettable="true"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #isSetSeed()
	 * @see #unsetSeed()
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Unsets the value of the '{@link dev.longtake.model.Shot#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSeed()
	 * @see #getSeed()
	 * @see #setSeed(long)
	 * @generated
	 */
	void unsetSeed();

	/**
	 * Returns whether the value of the '{@link dev.longtake.model.Shot#getSeed <em>Seed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Seed</em>' attribute is set.
	 * @see #unsetSeed()
	 * @see #getSeed()
	 * @see #setSeed(long)
	 * @generated
	 */
	boolean isSetSeed();

	/**
	 * Returns the value of the '<em><b>Continues</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shot whose chosen take this one extends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Continues</em>' reference.
	 * @see #setContinues(Shot)
	 * @see dev.longtake.model.LongtakePackage#getShot_Continues()
	 * @model
	 * @generated
	 */
	Shot getContinues();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getContinues <em>Continues</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Continues</em>' reference.
	 * @see #getContinues()
	 * @generated
	 */
	void setContinues(Shot value);

	/**
	 * Returns the value of the '<em><b>Image Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the image for image-to-video ('from image'), relative to the project folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Input</em>' attribute.
	 * @see #setImageInput(String)
	 * @see dev.longtake.model.LongtakePackage#getShot_ImageInput()
	 * @model
	 * @generated
	 */
	String getImageInput();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getImageInput <em>Image Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Input</em>' attribute.
	 * @see #getImageInput()
	 * @generated
	 */
	void setImageInput(String value);

	/**
	 * Returns the value of the '<em><b>Camera</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The camera move for the whole shot, as prompt text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Camera</em>' attribute.
	 * @see #setCamera(String)
	 * @see dev.longtake.model.LongtakePackage#getShot_Camera()
	 * @model
	 * @generated
	 */
	String getCamera();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getCamera <em>Camera</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Camera</em>' attribute.
	 * @see #getCamera()
	 * @generated
	 */
	void setCamera(String value);

	/**
	 * Returns the value of the '<em><b>Beats</b></em>' containment reference list.
	 * The list contents are of type {@link dev.longtake.model.Beat}.
	 * It is bidirectional and its opposite is '{@link dev.longtake.model.Beat#getShot <em>Shot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beats</em>' containment reference list.
	 * @see dev.longtake.model.LongtakePackage#getShot_Beats()
	 * @see dev.longtake.model.Beat#getShot
	 * @model opposite="shot" containment="true"
	 * @generated
	 */
	EList<Beat> getBeats();

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.longtake.model.Sequence#getShots <em>Shots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence</em>' container reference.
	 * @see #setSequence(Sequence)
	 * @see dev.longtake.model.LongtakePackage#getShot_Sequence()
	 * @see dev.longtake.model.Sequence#getShots
	 * @model opposite="shots"
	 * @generated
	 */
	Sequence getSequence();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Shot#getSequence <em>Sequence</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' container reference.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(Sequence value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the shot starts on the song: its sequence's start plus the running time of the shots before it (less crossfade overlaps). Null outside a sequence or when the sequence start is unknown.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Double songStartSeconds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * songStartSeconds() + duration, or null when the start is unknown.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Double songEndSeconds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shot's backend, else the project's default backend, else null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String effectiveBackend();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean durationIsPositive(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean takesWantedIsPositive(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Only the first beat may omit its time; beat times are at least 0, strictly increasing, and before the shot's end.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean beatTimesIncrease(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Following 'continues' from this shot never comes back to it.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean continuationIsAcyclic(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Shot
