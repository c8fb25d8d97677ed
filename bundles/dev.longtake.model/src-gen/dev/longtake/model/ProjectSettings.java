/**
 */
package dev.longtake.model;

import java.math.BigDecimal;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project Settings</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The project block: at most one per script.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.ProjectSettings#getTitle <em>Title</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getSong <em>Song</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getTempo <em>Tempo</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getBeatsPerBar <em>Beats Per Bar</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getFormat <em>Format</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getDeliver <em>Deliver</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getDefaultBackend <em>Default Backend</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getBudget <em>Budget</em>}</li>
 *   <li>{@link dev.longtake.model.ProjectSettings#getCurrency <em>Currency</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getProjectSettings()
 * @model
 * @generated
 */
public interface ProjectSettings extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Song</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the track the cut is laid against, relative to the project folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Song</em>' attribute.
	 * @see #setSong(String)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_Song()
	 * @model
	 * @generated
	 */
	String getSong();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getSong <em>Song</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Song</em>' attribute.
	 * @see #getSong()
	 * @generated
	 */
	void setSong(String value);

	/**
	 * Returns the value of the '<em><b>Tempo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beats per minute. Optional (unsettable): without it, bar positions cannot be placed on the song.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tempo</em>' attribute.
	 * @see #isSetTempo()
	 * @see #unsetTempo()
	 * @see #setTempo(double)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_Tempo()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTempo();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getTempo <em>Tempo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tempo</em>' attribute.
	 * @see #isSetTempo()
	 * @see #unsetTempo()
	 * @see #getTempo()
	 * @generated
	 */
	void setTempo(double value);

	/**
	 * Unsets the value of the '{@link dev.longtake.model.ProjectSettings#getTempo <em>Tempo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTempo()
	 * @see #getTempo()
	 * @see #setTempo(double)
	 * @generated
	 */
	void unsetTempo();

	/**
	 * Returns whether the value of the '{@link dev.longtake.model.ProjectSettings#getTempo <em>Tempo</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tempo</em>' attribute is set.
	 * @see #unsetTempo()
	 * @see #getTempo()
	 * @see #setTempo(double)
	 * @generated
	 */
	boolean isSetTempo();

	/**
	 * Returns the value of the '<em><b>Beats Per Bar</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Beats in one bar, for bar.beat positions; 4 unless the script says otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Beats Per Bar</em>' attribute.
	 * @see #setBeatsPerBar(int)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_BeatsPerBar()
	 * @model default="4"
	 * @generated
	 */
	int getBeatsPerBar();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getBeatsPerBar <em>Beats Per Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Beats Per Bar</em>' attribute.
	 * @see #getBeatsPerBar()
	 * @generated
	 */
	void setBeatsPerBar(int value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the generator renders.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' containment reference.
	 * @see #setFormat(VideoFormat)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_Format()
	 * @model containment="true"
	 * @generated
	 */
	VideoFormat getFormat();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getFormat <em>Format</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' containment reference.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(VideoFormat value);

	/**
	 * Returns the value of the '<em><b>Deliver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the final cut is upscaled to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deliver</em>' containment reference.
	 * @see #setDeliver(FrameSize)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_Deliver()
	 * @model containment="true"
	 * @generated
	 */
	FrameSize getDeliver();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getDeliver <em>Deliver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliver</em>' containment reference.
	 * @see #getDeliver()
	 * @generated
	 */
	void setDeliver(FrameSize value);

	/**
	 * Returns the value of the '<em><b>Default Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the backend shots use unless they name one; backends are plugins, so this is a name, not an enum.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Backend</em>' attribute.
	 * @see #setDefaultBackend(String)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_DefaultBackend()
	 * @model
	 * @generated
	 */
	String getDefaultBackend();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getDefaultBackend <em>Default Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Backend</em>' attribute.
	 * @see #getDefaultBackend()
	 * @generated
	 */
	void setDefaultBackend(String value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most a render plan may cost, in currency; null when there is no budget.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' attribute.
	 * @see #setBudget(BigDecimal)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_Budget()
	 * @model
	 * @generated
	 */
	BigDecimal getBudget();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getBudget <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' attribute.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of the budget, e.g. USD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.longtake.model.LongtakePackage#getProjectSettings_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.longtake.model.ProjectSettings#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A tempo, when set, is above 0 bpm, and a bar has at least one beat.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean tempoIsPositive(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A budget is not negative and names its currency.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean budgetIsValid(DiagnosticChain diagnostics, Map<Object, Object> context);

} // ProjectSettings
