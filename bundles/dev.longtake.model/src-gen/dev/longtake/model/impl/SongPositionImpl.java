/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.LongtakePackage;
import dev.longtake.model.SongPosition;

import dev.longtake.model.internal.Timeline;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Song Position</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class SongPositionImpl extends EObjectImpl implements SongPosition {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SongPositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.SONG_POSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double toSeconds(final Double tempo, final int beatsPerBar) {
		return Timeline.toSeconds(this, tempo, beatsPerBar);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case LongtakePackage.SONG_POSITION___TO_SECONDS__DOUBLE_INT:
				return toSeconds((Double)arguments.get(0), (Integer)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

} //SongPositionImpl
