/**
 */
package dev.longtake.model.impl;

import dev.longtake.model.Location;
import dev.longtake.model.LongtakePackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Location</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class LocationImpl extends DescribedElementImpl implements Location {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LongtakePackage.Literals.LOCATION;
	}

} //LocationImpl
