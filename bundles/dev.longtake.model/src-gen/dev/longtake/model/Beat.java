/**
 */
package dev.longtake.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Beat</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A timed segment inside one shot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.longtake.model.Beat#getTime <em>Time</em>}</li>
 *   <li>{@link dev.longtake.model.Beat#getApproach <em>Approach</em>}</li>
 *   <li>{@link dev.longtake.model.Beat#getLocation <em>Location</em>}</li>
 *   <li>{@link dev.longtake.model.Beat#getCast <em>Cast</em>}</li>
 *   <li>{@link dev.longtake.model.Beat#getAction <em>Action</em>}</li>
 *   <li>{@link dev.longtake.model.Beat#getShot <em>Shot</em>}</li>
 * </ul>
 *
 * @see dev.longtake.model.LongtakePackage#getBeat()
 * @model
 * @generated
 */
public interface Beat extends EObject {
	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seconds from the start of the shot; unset when the script omits it (allowed for the first beat, which then starts at 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #isSetTime()
	 * @see #unsetTime()
	 * @see #setTime(double)
	 * @see dev.longtake.model.LongtakePackage#getBeat_Time()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTime();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Beat#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #isSetTime()
	 * @see #unsetTime()
	 * @see #getTime()
	 * @generated
	 */
	void setTime(double value);

	/**
	 * Unsets the value of the '{@link dev.longtake.model.Beat#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTime()
	 * @see #getTime()
	 * @see #setTime(double)
	 * @generated
	 */
	void unsetTime();

	/**
	 * Returns whether the value of the '{@link dev.longtake.model.Beat#getTime <em>Time</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Time</em>' attribute is set.
	 * @see #unsetTime()
	 * @see #getTime()
	 * @see #setTime(double)
	 * @generated
	 */
	boolean isSetTime();

	/**
	 * Returns the value of the '<em><b>Approach</b></em>' attribute.
	 * The literals are from the enumeration {@link dev.longtake.model.Approach}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approach</em>' attribute.
	 * @see dev.longtake.model.Approach
	 * @see #setApproach(Approach)
	 * @see dev.longtake.model.LongtakePackage#getBeat_Approach()
	 * @model
	 * @generated
	 */
	Approach getApproach();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Beat#getApproach <em>Approach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approach</em>' attribute.
	 * @see dev.longtake.model.Approach
	 * @see #getApproach()
	 * @generated
	 */
	void setApproach(Approach value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' reference.
	 * @see #setLocation(Location)
	 * @see dev.longtake.model.LongtakePackage#getBeat_Location()
	 * @model
	 * @generated
	 */
	Location getLocation();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Beat#getLocation <em>Location</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(Location value);

	/**
	 * Returns the value of the '<em><b>Cast</b></em>' reference list.
	 * The list contents are of type {@link dev.longtake.model.Character}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cast</em>' reference list.
	 * @see dev.longtake.model.LongtakePackage#getBeat_Cast()
	 * @model
	 * @generated
	 */
	EList<dev.longtake.model.Character> getCast();

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see #setAction(String)
	 * @see dev.longtake.model.LongtakePackage#getBeat_Action()
	 * @model
	 * @generated
	 */
	String getAction();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Beat#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(String value);

	/**
	 * Returns the value of the '<em><b>Shot</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link dev.longtake.model.Shot#getBeats <em>Beats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shot</em>' container reference.
	 * @see #setShot(Shot)
	 * @see dev.longtake.model.LongtakePackage#getBeat_Shot()
	 * @see dev.longtake.model.Shot#getBeats
	 * @model opposite="beats"
	 * @generated
	 */
	Shot getShot();

	/**
	 * Sets the value of the '{@link dev.longtake.model.Beat#getShot <em>Shot</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shot</em>' container reference.
	 * @see #getShot()
	 * @generated
	 */
	void setShot(Shot value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The beat before this one in its shot, or null for the first.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Beat previousBeat();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The beat's time within the shot; an omitted time is 0 for the first beat and the previous beat's start otherwise (which validation reports).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double startSeconds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the beat ends within the shot: the next beat's start, or the shot's duration for the last beat.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	double endSeconds();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The beat's location, else the one the beats before it keep. The first beat of a shot that continues another keeps the location its last beat ends in. Null when nothing before sets one.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Location effectiveLocation();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The beat's cast, else (when empty) the cast the beats before it keep, across 'continues' like effectiveLocation(). An unmodifiable list.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<dev.longtake.model.Character> effectiveCast();

} // Beat
