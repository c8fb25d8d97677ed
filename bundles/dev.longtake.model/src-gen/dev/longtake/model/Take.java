/**
 */
package dev.longtake.model;

import java.math.BigDecimal;

import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Take</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One generation of one shot, kept whatever its outcome. It names its shot by name and by the hash of the compiled request, never by reference.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Take#getId <em>Id</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getShotName <em>Shot Name</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getRequestHash <em>Request Hash</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getBackend <em>Backend</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getModel <em>Model</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getParameters <em>Parameters</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getPromptAsSent <em>Prompt As Sent</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getSeed <em>Seed</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getState <em>State</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getRemoteId <em>Remote Id</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getCost <em>Cost</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getCurrency <em>Currency</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getFile <em>File</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getThumbnails <em>Thumbnails</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getRating <em>Rating</em>}</li>
 *   <li>{@link dev.longtake.model.Take#isCircled <em>Circled</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getFinishedAt <em>Finished At</em>}</li>
 *   <li>{@link dev.longtake.model.Take#getError <em>Error</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getTake()
 * @model
 * @generated
 */
public interface Take extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique within the ledger; also the XMI id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Shot Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shot Name</em>' attribute.
	 * @see #setShotName(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_ShotName()
	 * @model
	 * @generated
	 */
	String getShotName();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getShotName <em>Shot Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shot Name</em>' attribute.
	 * @see #getShotName()
	 * @generated
	 */
	void setShotName(String value);

	/**
	 * Returns the value of the '<em><b>Request Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hash of the compiled request; a changed prompt or parameter gives a new hash.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Request Hash</em>' attribute.
	 * @see #setRequestHash(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_RequestHash()
	 * @model
	 * @generated
	 */
	String getRequestHash();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getRequestHash <em>Request Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Hash</em>' attribute.
	 * @see #getRequestHash()
	 * @generated
	 */
	void setRequestHash(String value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see #setBackend(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_Backend()
	 * @model
	 * @generated
	 */
	String getBackend();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The backend's model that rendered the take.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Request parameters as sent (size, fps, duration, ...), as strings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' map.
	 * @see dev.longtake.model.LongtakePackage#getTake_Parameters()
	 * @model mapType="org.eclipse.emf.ecore.EStringToStringMapEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getParameters();

	/**
	 * Returns the value of the '<em><b>Prompt As Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prompt As Sent</em>' attribute.
	 * @see #setPromptAsSent(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_PromptAsSent()
	 * @model
	 * @generated
	 */
	String getPromptAsSent();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getPromptAsSent <em>Prompt As Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prompt As Sent</em>' attribute.
	 * @see #getPromptAsSent()
	 * @generated
	 */
	void setPromptAsSent(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #isSetSeed()
	 * @see #unsetSeed()
	 * @see #setSeed(long)
	 * @see dev.longtake.model.LongtakePackage#getTake_Seed()
	 * @model unsettable="true"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getSeed <em>Seed</em>}' attribute.
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
	 * Unsets the value of the '{@link dev.longtake.model.Take#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSeed()
	 * @see #getSeed()
	 * @see #setSeed(long)
	 * @generated
	 */
	void unsetSeed();

	/**
	 * Returns whether the value of the '{@link dev.longtake.model.Take#getSeed <em>Seed</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.longtake.model.TakeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see dev.longtake.model.TakeState
	 * @see #setState(TakeState)
	 * @see dev.longtake.model.LongtakePackage#getTake_State()
	 * @model
	 * @generated
	 */
	TakeState getState();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see dev.longtake.model.TakeState
	 * @see #getState()
	 * @generated
	 */
	void setState(TakeState value);

	/**
	 * Returns the value of the '<em><b>Remote Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The service's job id, set once submitted: a resumed render polls it instead of submitting again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Remote Id</em>' attribute.
	 * @see #setRemoteId(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_RemoteId()
	 * @model
	 * @generated
	 */
	String getRemoteId();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getRemoteId <em>Remote Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Remote Id</em>' attribute.
	 * @see #getRemoteId()
	 * @generated
	 */
	void setRemoteId(String value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see dev.longtake.model.LongtakePackage#getTake_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The take's video, relative to the project folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Thumbnails</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Thumbnails</em>' attribute list.
	 * @see dev.longtake.model.LongtakePackage#getTake_Thumbnails()
	 * @model
	 * @generated
	 */
	EList<String> getThumbnails();

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 (unrated) to 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see #setRating(int)
	 * @see dev.longtake.model.LongtakePackage#getTake_Rating()
	 * @model
	 * @generated
	 */
	int getRating();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see #getRating()
	 * @generated
	 */
	void setRating(int value);

	/**
	 * Returns the value of the '<em><b>Circled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Circled</em>' attribute.
	 * @see #setCircled(boolean)
	 * @see dev.longtake.model.LongtakePackage#getTake_Circled()
	 * @model
	 * @generated
	 */
	boolean isCircled();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#isCircled <em>Circled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Circled</em>' attribute.
	 * @see #isCircled()
	 * @generated
	 */
	void setCircled(boolean value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Date)
	 * @see dev.longtake.model.LongtakePackage#getTake_CreatedAt()
	 * @model
	 * @generated
	 */
	Date getCreatedAt();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(Date)
	 * @see dev.longtake.model.LongtakePackage#getTake_SubmittedAt()
	 * @model
	 * @generated
	 */
	Date getSubmittedAt();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Finished At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finished At</em>' attribute.
	 * @see #setFinishedAt(Date)
	 * @see dev.longtake.model.LongtakePackage#getTake_FinishedAt()
	 * @model
	 * @generated
	 */
	Date getFinishedAt();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getFinishedAt <em>Finished At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finished At</em>' attribute.
	 * @see #getFinishedAt()
	 * @generated
	 */
	void setFinishedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the take failed, as the user should read it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Error</em>' attribute.
	 * @see #setError(String)
	 * @see dev.longtake.model.LongtakePackage#getTake_Error()
	 * @model
	 * @generated
	 */
	String getError();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Take#getError <em>Error</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Error</em>' attribute.
	 * @see #getError()
	 * @generated
	 */
	void setError(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DONE, FAILED or CANCELLED: the take will not change state again.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isFinished();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Circles this take; in a ledger, the other takes of its shot are uncircled (see Ledger.circle). The take must be DONE (IllegalStateException).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	void circle();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A rating is 0 (unrated) to 5.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean ratingIsWithinRange(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean onlyDoneTakesAreCircled(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @model
	 * @generated
	 */
	boolean costIsNotNegative(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Take
